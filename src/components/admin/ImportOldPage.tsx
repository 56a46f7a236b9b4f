'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const TEXT = {
  zh: {
    summary: '粘贴旧稿导入',
    hint: '把旧新闻页面的全部文字（含导航、页脚均可）粘贴到这里，生成一篇草稿。',
    go: '生成草稿',
  },
  'zh-TW': {
    summary: '貼上舊稿匯入',
    hint: '把舊新聞頁面的全部文字（含導覽、頁尾均可）貼到這裡，產生一篇草稿。',
    go: '產生草稿',
  },
  en: {
    summary: 'Import an old page',
    hint: 'Paste the whole text of an old news page to make a draft.',
    go: 'Make draft',
  },
} as const

/** Above the article list: paste an old page, get a draft with its parts filled in. */
export function ImportOldPage() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const words = TEXT[(i18n.language as keyof typeof TEXT) ?? 'zh'] ?? TEXT.zh

  const submit = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${config.routes.api}/articles/import-old-page`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ text }),
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
        onChange={(event) => setText(event.target.value)}
        rows={10}
        style={{ width: '100%', fontFamily: 'inherit' }}
      />
      <Button buttonStyle="primary" disabled={busy || !text.trim()} onClick={submit} id="import-old-page-submit">
        {words.go}
      </Button>
    </details>
  )
}
