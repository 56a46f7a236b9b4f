import type { Endpoint, PayloadRequest } from 'payload'

import { requireEditor } from '@/access/requireRole'
import { parseOldPage, type ParsedOldPage } from '@/import/parseOldPage'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { UserFacingError } from '@/lib/UserFacingError'

/** Long enough for any news page, short enough that a paste cannot tie up the server. */
export const MAX_IMPORT_CHARS = 200_000

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

const importNote = (parsed: ParsedOldPage, editorMatched: boolean) =>
  [
    `由粘贴的旧稿页面导入（${parsed.script === 'traditional' ? '繁体' : '简体'}）。`,
    parsed.responsibleEditor && !editorMatched ? `原责任编辑：${parsed.responsibleEditor}。` : '',
  ].join('')

/**
 * POST /api/articles/import-old-page {"text": "..."}: the pasted text of an old news page becomes a draft article
 * with its title, time, source, reporters, responsible editor, dateline and body; portal furniture is dropped.
 */
export const importOldPageEndpoint: Endpoint = {
  path: '/import-old-page',
  method: 'post',
  handler: async (req) => {
    requireEditor(req)
    const body = await req.json?.().catch(() => null)
    const text = typeof body?.text === 'string' ? body.text : ''
    if (!text.trim()) throw new UserFacingError('importTextMissing', 400, req)
    if (text.length > MAX_IMPORT_CHARS) {
      throw new UserFacingError('importTextTooLong', 413, req, { limit: String(MAX_IMPORT_CHARS) })
    }
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
        importNote: importNote(parsed, responsibleEditor != null),
      },
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json({ doc, parsed }, { status: 201 })
  },
}
