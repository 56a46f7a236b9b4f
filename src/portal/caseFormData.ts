import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import type { CaseSubmission } from '@/payload-types'

/** What the case form shows: every field as the text in its input, so a refused save can show it again. */
export type CaseFormValues = {
  id: string
  campaign: string
  title: string
  type: string
  region: string
  channel: 'self' | 'recommended'
  recommender: string
  summary: string
  body: string
  figures: { label: string; value: string; unit: string }[]
  photos: string[]
  attachments: string[]
  contactPerson: string
  phone: string
  email: string
}

/** Blank rows offered below the key figures already entered. */
export const BLANK_FIGURE_ROWS = 2
const MAX_FIGURE_ROWS = 30

const idOf = (value: unknown): string =>
  value == null ? '' : typeof value === 'object' ? String((value as { id: unknown }).id ?? '') : String(value)

/** A Lexical body as plain paragraphs, one per line: the portal edits text, not rich formatting. */
export const bodyText = (body: unknown): string => {
  const root = (body as { root?: { children?: unknown[] } } | null)?.root
  const textOf = (node: unknown): string => {
    const n = node as { text?: unknown; children?: unknown[]; type?: string }
    if (n?.type === 'linebreak') return '\n'
    return (
      (typeof n?.text === 'string' ? n.text : '') + (Array.isArray(n?.children) ? n.children.map(textOf).join('') : '')
    )
  }
  return (root?.children ?? [])
    .map(textOf)
    .filter((line) => line.trim() !== '')
    .join('\n')
}

export const valuesFromCase = (doc: CaseSubmission | null): CaseFormValues => ({
  id: doc ? String(doc.id) : '',
  campaign: idOf(doc?.campaign),
  title: doc?.title ?? '',
  type: doc?.type ?? '',
  region: idOf(doc?.region),
  channel: doc?.intake?.channel === 'recommended' ? 'recommended' : 'self',
  recommender: doc?.intake?.recommender ?? '',
  summary: doc?.summary ?? '',
  body: bodyText(doc?.body),
  figures: (doc?.keyFigures ?? []).map((row) => ({
    label: row.label ?? '',
    value: row.value == null ? '' : String(row.value),
    unit: row.unit ?? '',
  })),
  photos: (doc?.photos ?? []).map(idOf).filter(Boolean),
  attachments: (doc?.attachments ?? []).map(idOf).filter(Boolean),
  contactPerson: doc?.contactPerson ?? '',
  phone: doc?.phone ?? '',
  email: doc?.email ?? '',
})

const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

const ids = (form: FormData, name: string): string[] =>
  form
    .getAll(name)
    .filter((value): value is string => typeof value === 'string' && /^[\w-]{1,40}$/.test(value))
    .slice(0, 50)

/** Reads the form as typed. Removed photos and attachments are dropped here; nothing is trusted yet. */
export const valuesFromForm = (form: FormData): CaseFormValues => {
  const removed = new Set(ids(form, 'remove'))
  const figures: CaseFormValues['figures'] = []
  for (let row = 0; row < MAX_FIGURE_ROWS; row++) {
    const label = field(form, `figures.${row}.label`)
    const value = field(form, `figures.${row}.value`)
    const unit = field(form, `figures.${row}.unit`)
    if (label.trim() || value.trim() || unit.trim()) figures.push({ label, value, unit })
  }
  return {
    id: ids(form, 'id')[0] ?? '',
    campaign: field(form, 'campaign'),
    title: field(form, 'title'),
    type: field(form, 'type'),
    region: field(form, 'region'),
    channel: field(form, 'channel') === 'recommended' ? 'recommended' : 'self',
    recommender: field(form, 'recommender'),
    summary: field(form, 'summary'),
    body: field(form, 'body'),
    figures,
    photos: ids(form, 'photos').filter((id) => !removed.has(id)),
    attachments: ids(form, 'attachments').filter((id) => !removed.has(id)),
    contactPerson: field(form, 'contactPerson'),
    phone: field(form, 'phone'),
    email: field(form, 'email'),
  }
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

/** SQLite ids are numbers, MongoDB's 24-character hex strings. */
const idValue = (text: string): number | string => (/^\d{1,15}$/.test(text) ? Number(text) : text)

const numberOrText = (text: string): number | string => {
  const cleaned = text.replace(/[,，\s]/g, '')
  return cleaned !== '' && Number.isFinite(Number(cleaned)) ? Number(cleaned) : text
}

/**
 * The case document to save. Values that are wrong stay as typed, so the collection's own validation refuses them
 * with its message; the photos and attachments must already be checked as the unit's own.
 */
export const caseData = (values: CaseFormValues) => {
  const paragraphs = values.body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  return {
    campaign: orNull(values.campaign) ? idValue(values.campaign) : null,
    title: values.title.trim(),
    type: values.type.trim(),
    region: orNull(values.region) ? idValue(values.region) : null,
    intake: {
      channel: values.channel,
      recommender: values.channel === 'recommended' ? orNull(values.recommender) : null,
    },
    summary: orNull(values.summary),
    body: paragraphs.length > 0 ? lexicalParagraphs(paragraphs) : null,
    keyFigures: values.figures.map((row) => ({
      label: row.label.trim(),
      value: numberOrText(row.value),
      unit: orNull(row.unit),
    })),
    photos: values.photos.map(idValue),
    attachments: values.attachments.map(idValue),
    contactPerson: orNull(values.contactPerson),
    phone: orNull(values.phone),
    email: orNull(values.email),
  }
}

/** The form's field names and their labels, to say which field a refusal concerns. */
export const CASE_FIELD_LABELS: Record<string, string> = {
  campaign: '所属活动',
  title: '案例名称',
  type: '案例类型',
  region: '所在地区',
  intake: '报送渠道',
  summary: '案例摘要',
  body: '案例正文',
  keyFigures: '关键数据',
  photos: '照片',
  attachments: '附件',
  contactPerson: '联系人',
  phone: '联系电话',
  email: '电子邮箱',
}
