/** A mail as the sender hands it to Payload: one recipient, a subject, and the same content as text and HTML. */
export type Mail = { to: string; subject: string; text: string; html: string }

/** What a notification says, in order: sentences, a quoted piece of someone's text under a label, a link. */
export type Block =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; label: string; text: string }
  | { kind: 'link'; label: string; href: string }

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Case titles, comments and objections are typed by outsiders: never let them become markup. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ENTITIES[char])

// A title with a line break must not spill into the headers or split the subject line.
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim()

const FOOTER = '此邮件由系统自动发送，请勿直接回复。'

const textOf = (block: Block) => {
  if (block.kind === 'text') return block.text
  if (block.kind === 'quote') return `${block.label}：\n${block.text}`
  return `${block.label}：${block.href}`
}

const htmlOf = (block: Block) => {
  if (block.kind === 'text') return `<p>${escapeHtml(block.text)}</p>`
  if (block.kind === 'quote') {
    return (
      `<p><strong>${escapeHtml(block.label)}：</strong></p>` +
      `<blockquote style="margin:0 0 1em;padding:8px 12px;border-left:3px solid #c00;background:#f7f7f7;` +
      `white-space:pre-wrap">${escapeHtml(block.text)}</blockquote>`
    )
  }
  return `<p><a href="${escapeHtml(block.href)}">${escapeHtml(block.label)}</a></p>`
}

export const composeMail = (to: string, subject: string, blocks: Block[], signature: string): Mail => ({
  to,
  subject: oneLine(subject),
  text: [...blocks.map(textOf), `——\n${signature}\n${FOOTER}`].join('\n\n') + '\n',
  html:
    '<!doctype html><html lang="zh-CN"><body style="font-family:sans-serif;font-size:15px;line-height:1.7;color:#222">' +
    blocks.map(htmlOf).join('') +
    `<hr><p style="color:#888;font-size:13px">${escapeHtml(signature)}<br>${FOOTER}</p></body></html>`,
})
