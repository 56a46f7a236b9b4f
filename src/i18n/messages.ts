import { toTraditional } from '@/lib/chineseConverters'

/**
 * Messages people read when the system refuses something. The English text is also the API's stable `message`;
 * clients match on it (or on `data.code`), so change it only as a breaking change.
 */
export const MESSAGES = {
  fileTypeNotAllowed: {
    en: 'File type not allowed',
    zh: '不支持该文件类型：只接受 JPEG、PNG、WebP、GIF 图片，PDF、Word(docx)、Excel(xlsx) 文档和 MP4 视频（按文件实际内容判断，不看扩展名）。',
  },
  fileTooLarge: {
    en: 'File too large',
    zh: '文件过大：图片和文档不能超过 {{limit}}，视频不能超过 {{videoLimit}}。',
  },
  fileMissing: {
    en: 'File missing',
    zh: '请选择要上传的文件。',
  },
  rolesAdminOnly: {
    en: 'Only administrators can change roles',
    zh: '只有管理员可以设置或更改账号角色。',
  },
  organizationAdminOnly: {
    en: 'Only administrators can change an account organisation',
    zh: '只有管理员可以更改账号所属单位。',
  },
  submitterNeedsOrganization: {
    en: 'A submitter account needs an organisation',
    zh: '申报单位账号必须指定所属单位。',
  },
  importTextMissing: {
    en: 'Text to import is missing',
    zh: '请粘贴旧稿页面的文字。',
  },
  importTextTooLong: {
    en: 'Text to import is too long',
    zh: '粘贴的文字过长（不能超过 {{limit}} 个字符）。',
  },
  importTitleNotFound: {
    en: 'No title found in the text',
    zh: '没有从粘贴的文字中找到标题，请检查是否复制了完整页面。',
  },
  editorsOnly: {
    en: 'Only editors can do this',
    zh: '只有编辑和管理员可以执行此操作。',
  },
  statusByTransitionOnly: {
    en: 'Status changes only through a transition',
    zh: '案例状态只能通过审核操作（提交、退回、入围等）改变。',
  },
  caseTypeNotOffered: {
    en: 'Case type not offered by the campaign',
    zh: '该活动没有这个案例类型，请从活动设置的类型中选择。',
  },
  reviewCaseMissing: { en: 'Case not found', zh: '没有找到要评分的案例。' },
  reviewNotAssigned: { en: 'Reviewer not assigned to this case', zh: '这个案例没有分配给您评审。' },
  reviewNotOpen: { en: 'Case is not open for scoring', zh: '只有入围案例可以评分。' },
  reviewExists: { en: 'Review already exists', zh: '您已经为这个案例评过分，请修改原评分。' },
  reviewScoresInvalid: {
    en: 'Scores must be whole numbers from 1 to 10',
    zh: '典型性、创新性、实效性、可推广性四项都要打分，每项为 1 到 10 的整数。',
  },
  reviewerNotEligible: {
    en: 'Reviewer not eligible for this case',
    zh: '不能分配该评审专家：只能分配评审专家账号，且不能评审本单位或已声明回避单位的案例。',
  },
  registrationInvalid: {
    en: 'Registration details are invalid',
    zh: '注册信息有误，请按提示修改。',
  },
  organizationNameTaken: {
    en: 'Organisation name already registered',
    zh: '该单位名称已经注册。贵单位如已有账号，请直接登录；如需帮助请联系活动编辑。',
  },
  emailTaken: {
    en: 'Email already registered',
    zh: '该电子邮箱已经注册，请直接登录，或换一个邮箱。',
  },
  registrationRateLimited: {
    en: 'Too many registrations from this address',
    zh: '注册过于频繁，请一小时后再试。',
  },
  registrationNotOpen: {
    en: 'Registration opens once the site is set up',
    zh: '网站尚未完成初始设置，暂不能注册。',
  },
  lastAdmin: {
    en: 'The last administrator cannot be removed',
    zh: '系统至少需要保留一名管理员。',
  },
} as const satisfies Record<string, { en: string; zh: string }>

export type MessageKey = keyof typeof MESSAGES

export type MessageLanguage = 'en' | 'zh' | 'zh-TW'

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '')

export const messageIn = (language: string | undefined, key: MessageKey, vars: Record<string, string> = {}) => {
  const entry = MESSAGES[key]
  if (language === 'en') return fill(entry.en, vars)
  const zh = fill(entry.zh, vars)
  return language === 'zh-TW' ? toTraditional(zh) : zh
}
