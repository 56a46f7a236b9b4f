/**
 * Reader comments (我来说两句): what a comment may hold, which status it starts in and how an editor moderates it.
 * Pure, so the endpoint, the collection's hooks and the tests share it.
 */
export const COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

export const COMMENT_STATUS_LABELS: Record<CommentStatus, { zh: string; en: string }> = {
  pending: { zh: '待审核', en: 'Pending' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '未通过', en: 'Rejected' },
}

/** The reader pages that take comments, as the polymorphic relationship names them. */
export const COMMENTED_COLLECTIONS = ['articles', 'topics', 'case-submissions'] as const
export type CommentedCollection = (typeof COMMENTED_COLLECTIONS)[number]

export const COMMENT_LIMITS = {
  body: 500,
  name: 20,
  moderationReason: 200,
  /** Comments per address (and, ten times as many, per network) an hour. */
  perAddressPerHour: 10,
  perNetworkPerHour: 100,
}

export type CommentInput = { body: string; name: string; replyTo: string | number | null }
export type CommentFieldError = { field: 'body' | 'name'; message: string }

// A line break belongs in a comment; other control characters are no text a person types (a NUL cuts the value).
const BODY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const NAME_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Trims the body and the optional name and lists what is missing or too long. */
export const checkComment = (
  raw: unknown,
): { ok: true; value: CommentInput } | { ok: false; errors: CommentFieldError[] } => {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const value: CommentInput = {
    body: text(body.body),
    name: text(body.name),
    replyTo: typeof body.replyTo === 'string' || typeof body.replyTo === 'number' ? body.replyTo : null,
  }
  const errors: CommentFieldError[] = []
  if (!value.body) errors.push({ field: 'body', message: '请填写评论内容' })
  else if (BODY_CONTROL.test(value.body)) errors.push({ field: 'body', message: '评论含有控制字符，请直接输入文字' })
  else if (value.body.length > COMMENT_LIMITS.body)
    errors.push({ field: 'body', message: `评论不能超过 ${COMMENT_LIMITS.body} 字` })
  if (NAME_CONTROL.test(value.name)) errors.push({ field: 'name', message: '昵称含有控制字符，请直接输入文字' })
  else if (value.name.length > COMMENT_LIMITS.name)
    errors.push({ field: 'name', message: `昵称不能超过 ${COMMENT_LIMITS.name} 字` })
  return errors.length ? { ok: false, errors } : { ok: true, value }
}

/**
 * A new comment waits for an editor, unless the page is post-then-moderate (先发后审); a comment with a listed word
 * waits on every page.
 */
export const initialStatus = (postModerated: boolean, flaggedWords: readonly string[]): CommentStatus =>
  postModerated && flaggedWords.length === 0 ? 'approved' : 'pending'

export type ModerationRefusal = {
  ok: false
  code: 'moderationBackToPending' | 'moderationReasonRequired' | 'moderationReasonTooLong'
  vars?: Record<string, string>
}

/**
 * An editor's decision: approve, or reject with a reason (readers never see it, the queue keeps it). A decided
 * comment may be decided again (an approved one withdrawn), but never put back into the queue.
 */
export const checkModeration = (
  previous: CommentStatus,
  next: CommentStatus,
  reason: string | null | undefined,
): { ok: true } | ModerationRefusal => {
  if (next === previous) return { ok: true }
  if (next === 'pending') return { ok: false, code: 'moderationBackToPending' }
  const written = reason?.trim() ?? ''
  if (next === 'rejected' && !written) return { ok: false, code: 'moderationReasonRequired' }
  if (written.length > COMMENT_LIMITS.moderationReason)
    return { ok: false, code: 'moderationReasonTooLong', vars: { limit: String(COMMENT_LIMITS.moderationReason) } }
  return { ok: true }
}
