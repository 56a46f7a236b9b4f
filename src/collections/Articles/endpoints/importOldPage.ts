import type { Endpoint, PayloadRequest } from 'payload'

import { requireEditor } from '@/access/requireRole'
import { countElements, MAX_IMPORT_CHARS, MAX_IMPORT_HTML_CHARS, MAX_IMPORT_HTML_ELEMENTS } from '@/import/importLimits'
import { htmlToPageText } from '@/import/oldPageHtml'
import { parseOldPage, type ParsedOldPage } from '@/import/parseOldPage'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { UserFacingError } from '@/lib/UserFacingError'

const findEditor = async (req: PayloadRequest, name: string | null) => {
  if (!name) return null
  const found = await req.payload.find({
    collection: 'users',
    where: { and: [{ name: { equals: name } }, { roles: { in: ['editor', 'admin'] } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return found.docs[0]?.id ?? null
}

const importNote = (parsed: ParsedOldPage, editorMatched: boolean, fromHtml: boolean) =>
  [
    `由粘贴的旧稿页面${fromHtml ? '（网页格式）' : ''}导入（${parsed.script === 'traditional' ? '繁体' : '简体'}）。`,
    parsed.responsibleEditor && !editorMatched ? `原责任编辑：${parsed.responsibleEditor}。` : '',
    parsed.images.length > 0 ? `正文有 ${parsed.images.length} 处图片占位（［图片：…］），请上传原图替换。` : '',
  ].join('')

/** The page as text: the pasted HTML converted when there is any, else the pasted text. */
const pageText = (req: PayloadRequest, body: { text?: unknown; html?: unknown } | null) => {
  const html = typeof body?.html === 'string' && body.html.trim() ? body.html : null
  if (html !== null) {
    if (html.length > MAX_IMPORT_HTML_CHARS) {
      throw new UserFacingError('importTextTooLong', 413, req, { limit: String(MAX_IMPORT_HTML_CHARS) })
    }
    if (countElements(html) > MAX_IMPORT_HTML_ELEMENTS) {
      throw new UserFacingError('importHtmlTooComplex', 413, req, { limit: String(MAX_IMPORT_HTML_ELEMENTS) })
    }
    return { text: htmlToPageText(html), fromHtml: true }
  }
  const text = typeof body?.text === 'string' ? body.text : ''
  if (!text.trim()) throw new UserFacingError('importTextMissing', 400, req)
  if (text.length > MAX_IMPORT_CHARS) {
    throw new UserFacingError('importTextTooLong', 413, req, { limit: String(MAX_IMPORT_CHARS) })
  }
  return { text, fromHtml: false }
}

/**
 * POST /api/articles/import-old-page {"text": "..."} or {"html": "..."}: the pasted text of an old news page, or
 * the HTML a browser's clipboard carries for it, becomes a draft article with its title, time, source, reporters,
 * responsible editor, dateline and body, pictures as placeholders; portal furniture is dropped.
 */
export const importOldPageEndpoint: Endpoint = {
  path: '/import-old-page',
  method: 'post',
  handler: async (req) => {
    requireEditor(req)
    const body = await req.json?.().catch(() => null)
    const { text, fromHtml } = pageText(req, body)
    const parsed = parseOldPage(text)
    if (!parsed.title) throw new UserFacingError('importTitleNotFound', 422, req)
    const responsibleEditor = await findEditor(req, parsed.responsibleEditor)
    const doc = await req.payload.create({
      collection: 'articles',
      draft: true,
      data: {
        _status: 'draft',
        title: parsed.title.slice(0, 120),
        dateline: parsed.dateline,
        source: parsed.source,
        reporters: parsed.reporters,
        responsibleEditor,
        publishedAt: parsed.publishedAt,
        body: lexicalParagraphs(parsed.paragraphs) as never,
        importNote: importNote(parsed, responsibleEditor != null, fromHtml),
      },
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json({ doc, parsed }, { status: 201 })
  },
}
