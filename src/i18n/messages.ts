import { toTraditional } from '@/lib/chineseConverters'

/**
 * Messages people read when the system refuses something, the one table for every refusal (src/lib/UserFacingError.ts
 * builds them). The English text is also the API's stable `message` and the key its `data.code` (or `code` where one
 * code names several things); clients match on them, so change them only as a breaking change.
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
  importHtmlTooComplex: {
    en: 'Pasted page has too many elements',
    zh: '粘贴的网页元素过多（超过 {{limit}} 个），请只复制文章部分，或改为粘贴纯文字。',
  },
  editorsOnly: {
    en: 'Only editors can do this',
    zh: '只有编辑和管理员可以执行此操作。',
  },
  staffOnly: { en: 'Staff only', zh: '只有工作人员可以导出案例。' },
  // One code, `notFound`, for anything missing; the English names what was looked for.
  caseNotFound: { code: 'notFound', en: 'Case not found', zh: '没有找到这个案例' },
  campaignNotFound: { code: 'notFound', en: 'Campaign not found', zh: '没有找到这个活动。' },
  objectionNotFound: { code: 'notFound', en: 'Objection not found', zh: '没有找到这条异议' },
  // Case transitions: the workflow (src/workflow/caseTransitions.ts) refuses with these codes and its own, more
  // precise Chinese; the texts here stand in wherever it gives none.
  transitionMalformed: {
    code: 'badRequest',
    en: 'Send {"to": "<status>", "comment": "<text>"}',
    zh: '请求格式应为 {"to": "状态", "comment": "意见"}，意见不超过 {{limit}} 字',
  },
  unknownStatus: { en: 'Unknown status', zh: '没有这个案例状态，请刷新页面后从可用的操作中选择' },
  illegalTransition: {
    en: 'Transition not allowed from the current status',
    zh: '案例当前的状态不能执行这个操作，请刷新页面查看可执行的操作',
  },
  forbidden: { en: 'This role may not make this transition', zh: '您的账号不能执行这个操作' },
  missingRequirements: { en: 'Required information is missing', zh: '请补全必填的内容' },
  unitNotApproved: {
    en: 'The unit awaits approval of its registration',
    zh: '单位注册尚待审核，审核通过后即可提交案例',
  },
  submissionWindowClosed: { en: 'The submission window is closed', zh: '现在不在报送时间内' },
  publicityNotOver: {
    en: 'The publicity period has not ended',
    zh: '公示期尚未结束，请在公示期结束后再评为优秀案例',
  },
  objectionUpheld: {
    en: 'An objection to this case was upheld',
    zh: '该案例有成立的异议，不能评为优秀案例，请改为未入选',
  },
  statusChanged: { en: 'The case changed status meanwhile', zh: '案例状态刚刚被他人更改，请刷新后再操作' },
  // Votes: the rules (src/workflow/voteRules.ts) give the precise Chinese, with the limits in it.
  notShortlisted: { en: 'Voting is only for shortlisted cases', zh: '只有入围案例可以投票' },
  votingClosed: { en: 'Voting is closed', zh: '现在不在投票时间内' },
  alreadyVotedToday: { en: 'Already voted for this case today', zh: '今天已经为这个案例投过票，请明天再来' },
  dailyLimitReached: { en: 'Daily vote limit reached', zh: '今天的投票次数已用完，请明天再来' },
  networkLimitReached: {
    en: 'Vote limit for this network reached',
    zh: '您所在的网络今天给这个案例投的票已达上限，请明天再来',
  },
  purposeInvalid: { en: 'purpose must be vote or objection', zh: '参数 purpose 只能是 vote 或 objection。' },
  // Objections and their decisions (src/workflow/objectionRules.ts)
  invalidObjection: { en: 'Name, contact and reason are required', zh: '请检查填写的内容' },
  notInPublicity: {
    en: 'Objections are taken only during the publicity period',
    zh: '该案例不在公示期内，不能提出异议',
  },
  tooManyObjections: {
    en: 'Too many objections from this address today',
    zh: '今天提交的异议已达上限，请明天再试',
  },
  alreadyDecided: { en: 'This objection was already decided', zh: '这条异议已经处理过了' },
  badDecision: {
    en: 'Send {"decision": "upheld" | "dismissed", "reason": "..."}',
    zh: '请选择“异议成立”或“异议不成立”',
  },
  reasonRequired: { en: 'A reason is required', zh: '请写明处理理由' },
  reasonTooLong: { en: 'The reason is too long', zh: '处理理由不能超过 {{limit}} 字' },
  // Reader comments (src/workflow/commentRules.ts)
  commentPurposeInvalid: { code: 'purposeInvalid', en: 'purpose must be comment', zh: '参数 purpose 只能是 comment。' },
  commentPageNotFound: { code: 'notFound', en: 'Page not found', zh: '没有找到要评论的页面，它可能已经撤下。' },
  invalidComment: { en: 'A comment body is required', zh: '请检查填写的内容' },
  replyNotFound: {
    en: 'The comment replied to is not on this page',
    zh: '要回复的评论不存在或尚未公开，请刷新页面后再试。',
  },
  tooManyComments: {
    en: 'Too many comments from this address',
    zh: '评论过于频繁，请稍后再试。',
  },
  moderationBackToPending: {
    en: 'A moderated comment cannot go back to pending',
    zh: '已审核的评论不能改回“待审核”，请选择“通过”或“不通过”。',
  },
  moderationReasonRequired: { en: 'A reason is required to reject a comment', zh: '不通过时请写明理由。' },
  moderationReasonTooLong: { en: 'The reason is too long', zh: '审核理由不能超过 {{limit}} 字。' },
  publishIncomplete: { en: 'Cannot publish: missing {{fields}}', zh: '发布前请补全必填的内容。' },
  notExcellent: { en: 'Only excellent cases become featured articles', zh: '只有优秀案例可以转为专题文章' },
  alreadyFeatured: { en: 'This case already has an article', zh: '这个案例已经转为文章' },
  badFormat: { en: 'Format must be csv or xlsx', zh: '导出格式只能是 csv 或 xlsx。' },
  malformedView: { en: 'Malformed view', zh: '无法识别的阅读记录' },
  tooManyViews: { en: 'Too many views from this address', zh: '访问过于频繁，本次阅读未计入' },
  tooManyLogins: {
    en: 'Too many login attempts from this address; try again later',
    zh: '登录尝试过于频繁，请稍后再试',
  },
  // Payload's own login, forgot-password and reset-password (src/collections/Users/hooks/authRefusals.ts). A locked
  // account answers as a wrong password does, so neither tells whether an account exists.
  loginFailed: {
    en: 'Email or password incorrect',
    zh: '电子邮箱或密码不正确。连续输错多次后账号会暂时锁定 10 分钟；忘记密码请用“找回密码”。',
  },
  loginFieldsMissing: { en: 'Email and password are required', zh: '请填写电子邮箱和密码。' },
  emailRequired: { en: 'Email is required', zh: '请填写电子邮箱。' },
  resetRequestMalformed: {
    code: 'badRequest',
    en: 'Send {"token": "<from the mail>", "password": "<new password>"}',
    zh: '请从找回密码邮件中的链接打开本页，并填写新密码。',
  },
  resetTokenInvalid: {
    en: 'Reset link invalid or expired',
    zh: '重设密码的链接无效或已过期（有效期一小时，用过一次即失效），请重新申请找回密码。',
  },
  passwordTooShort: {
    en: 'Password must be {{min}} to {{max}} characters',
    zh: '密码至少 {{min}} 个字符（不超过 {{max}} 个）。',
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
  burstDecided: {
    en: 'This burst has already been decided',
    zh: '这批投票已经处理过：作废后不能恢复，也不能改回“待处理”。',
  },
  burstVoteOver: {
    en: 'The case is no longer in the vote',
    zh: '该案例的投票阶段已经结束，排名可能已经确定，不能再处理这批投票。',
  },
  proofMissing: {
    en: 'Proof of work missing',
    zh: '页面需要先完成一次自动验证。请刷新页面后再试。',
  },
  proofInvalid: {
    en: 'Proof of work invalid',
    zh: '自动验证未通过。请刷新页面后再试。',
  },
  proofExpired: {
    en: 'Proof of work expired',
    zh: '自动验证已过期（有效期十分钟）。请再点一次。',
  },
  proofUsed: {
    en: 'Proof of work already used',
    zh: '这次自动验证已经用过了。请再点一次。',
  },
  voteNotRecorded: {
    en: 'The vote could not be recorded; please try again',
    zh: '服务器暂时无法记录投票，本次投票未计入，请稍后再试。',
  },
  lastAdmin: {
    en: 'The last administrator cannot be removed',
    zh: '系统至少需要保留一名管理员。',
  },
  caseHasRecord: {
    en: 'Case has votes, reviews, objections or an audit trail',
    zh: '该案例已有投票、评分、异议或审核记录，不能删除。请改为撤回、不予入选或初审不通过，以保留评选记录。',
  },
  bodyTooLarge: {
    en: 'Request body too large',
    zh: '提交的内容过大（这里不能超过 {{limit}}），请删减后再提交。',
  },
  richTextTooDeep: {
    en: 'Rich text is nested too deeply',
    zh: '正文的嵌套层级过多（列表、引用、表格等层层嵌套），请简化格式后再保存。',
  },
  richTextTooLarge: {
    en: 'Rich text is too large',
    zh: '正文过长（不能超过约 {{characters}} 个字符的内容），请删减或拆分后再保存。',
  },
  malformedText: {
    en: 'Text contains an unpaired surrogate',
    zh: '提交的文字中含有无法保存的字符（不成对的 UTF-16 代理码），请删除后重新输入或粘贴。',
  },
  nulInText: {
    en: 'Text contains a NUL character',
    zh: '提交的文字中含有无法保存的空字符（U+0000），请删除后重新输入或粘贴。',
  },
  malformedRequest: {
    en: 'Malformed request',
    zh: '无法读取这次提交的内容（例如文件名中含有控制字符），请检查后重新提交。',
  },
} as const satisfies Record<string, { en: string; zh: string; code?: string }>

export type MessageKey = keyof typeof MESSAGES

/** The `data.code` API clients get for a message: its key, unless the entry names another. */
export const codeOf = (key: MessageKey): string => {
  const entry = MESSAGES[key]
  return 'code' in entry ? entry.code : key
}

export type MessageLanguage = 'en' | 'zh' | 'zh-TW'

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '')

export const messageIn = (language: string | undefined, key: MessageKey, vars: Record<string, string> = {}) => {
  const entry = MESSAGES[key]
  if (language === 'en') return fill(entry.en, vars)
  const zh = fill(entry.zh, vars)
  return language === 'zh-TW' ? toTraditional(zh) : zh
}
