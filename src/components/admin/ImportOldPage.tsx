'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type ClipboardEvent } from 'react'

import { countElements, MAX_IMPORT_HTML_CHARS, MAX_IMPORT_HTML_ELEMENTS } from '@/import/importLimits'

import { slimClipboardHtml } from './clipboardHtml'

const TEXT = {
  zh: {
    summary: '粘贴旧稿导入',
    hint: '在旧新闻页面上全选、复制，粘贴到这里（含导航、页脚均可），生成一篇草稿；从浏览器复制时会连同网页格式一起识别，图片留作占位。',
    withHtml: '已读取网页格式，将按网页结构识别。',
    go: '生成草稿',
  },
  'zh-TW': {
    summary: '貼上舊稿匯入',
    hint: '在舊新聞頁面上全選、複製，貼到這裡（含導覽、頁尾均可），產生一篇草稿；從瀏覽器複製時會連同網頁格式一起辨識，圖片留作佔位。',
    withHtml: '已讀取網頁格式，將按網頁結構辨識。',
    go: '產生草稿',
  },
  en: {
    summary: 'Import an old page',
    hint: 'Select all on an old news page, copy and paste it here to make a draft; a page copied from a browser is read with its HTML, pictures become placeholders.',
    withHtml: 'The page’s HTML was pasted and will be read.',
    go: 'Make draft',
  },
} as const

/** Above the article list: paste an old page, get a draft with its parts filled in. */
export function ImportOldPage() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [text, setText] = useState('')
  // The clipboard's HTML of the pasted page, kept while the box holds exactly what was pasted with it.
  const [html, setHtml] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const words = TEXT[(i18n.language as keyof typeof TEXT) ?? 'zh'] ?? TEXT.zh

  /** A paste that carries HTML replaces the box's text, so the text shown is the page the HTML describes. */
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pastedHtml = event.clipboardData.getData('text/html')
    if (!pastedHtml.trim()) return setHtml(null)
    event.preventDefault()
    setText(event.clipboardData.getData('text/plain'))
    const slim = slimClipboardHtml(pastedHtml)
    // A page too large for the import is sent as its text, which the import also reads.
    const fits = slim.length <= MAX_IMPORT_HTML_CHARS && countElements(slim) <= MAX_IMPORT_HTML_ELEMENTS
    setHtml(fits ? slim : null)
  }

  const submit = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${config.routes.api}/articles/import-old-page`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify(html ? { html } : { text }),
      })
      const json = await res.json()
      if (!res.ok) {
        toast.error(json.errors?.[0]?.data?.errors?.[0]?.message ?? json.errors?.[0]?.message ?? res.statusText)
        return
      }
      router.push(`${config.routes.admin}/collections/articles/${json.doc.id}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="import-old-page" style={{ marginBottom: '1.5rem' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{words.summary}</summary>
      <p>{words.hint}</p>
      <textarea
        aria-label={words.summary}
        id="import-old-page-text"
        value={text}
        onPaste={paste}
        onChange={(event) => {
          setText(event.target.value)
          setHtml(null)
        }}
        rows={10}
        style={{ width: '100%', fontFamily: 'inherit' }}
      />
      {html ? (
        <p id="import-old-page-html" role="status">
          {words.withHtml}
        </p>
      ) : null}
      <Button
        buttonStyle="primary"
        disabled={busy || !(html || text.trim())}
        onClick={submit}
        id="import-old-page-submit"
      >
        {words.go}
      </Button>
    </details>
  )
}
