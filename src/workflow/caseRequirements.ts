/** What a case needs before its unit may submit it. Pure: the collection, the workflow and tests share it. */
export const SUMMARY_MAX = 300

/** In form order, so a refusal names the gaps in the order people fill them in. */
export const REQUIRED_CASE_FIELDS = [
  { name: 'campaign', zh: '所属活动' },
  { name: 'title', zh: '案例标题' },
  { name: 'type', zh: '案例类型' },
  { name: 'region', zh: '所在地区' },
  { name: 'summary', zh: '案例摘要' },
  { name: 'body', zh: '案例正文' },
  { name: 'contactPerson', zh: '联系人' },
  { name: 'phone', zh: '联系电话' },
  { name: 'email', zh: '电子邮箱' },
] as const

export type RequiredCaseField = (typeof REQUIRED_CASE_FIELDS)[number]['name']

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** All text under a Lexical node, so a body of empty paragraphs or spaces reads as empty. */
const lexicalText = (node: unknown): string => {
  if (!isRecord(node)) return ''
  const own = typeof node.text === 'string' ? node.text : ''
  const children = Array.isArray(node.children) ? node.children.map(lexicalText).join('') : ''
  return own + children
}

const isBlank = (value: unknown): boolean => {
  if (value == null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (isRecord(value) && 'root' in value) return lexicalText(value.root).trim() === ''
  return false
}

/** Counted in characters as people see them (code points), not UTF-16 units. */
const tooLong = (value: unknown): boolean => typeof value === 'string' && Array.from(value.trim()).length > SUMMARY_MAX

/** Every required field that is absent, in form order; an over-long summary is reported as 'summary'. */
export const missingCaseFields = (caseDoc: Record<string, unknown>): RequiredCaseField[] =>
  REQUIRED_CASE_FIELDS.map((field) => field.name).filter(
    (name) => isBlank(caseDoc[name]) || (name === 'summary' && tooLong(caseDoc[name])),
  )

const isPhoto = (entry: unknown): boolean => {
  if (typeof entry === 'number') return true
  if (typeof entry === 'string') return entry.trim() !== ''
  if (!isRecord(entry)) return false
  // A row of an array field has an id of its own even when its upload is empty, so the upload decides.
  if ('image' in entry) return isPhoto(entry.image)
  return isPhoto(entry.id)
}

/** Photos arrive as media ids, populated media documents, or array rows holding the upload under `image`. */
export const countPhotos = (photos: unknown): number => (Array.isArray(photos) ? photos.filter(isPhoto).length : 0)
