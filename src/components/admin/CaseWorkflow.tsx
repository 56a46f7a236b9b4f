'use client'

import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import { CASE_STATUS_LABELS, type CaseStatus } from '@/workflow/caseStatus'

type AuditEntry = { id: number; from: CaseStatus; to: CaseStatus; at: string; comment?: string | null }

/**
 * On a case in the admin: the next steps this user may take, as buttons with a comment box, and the case's
 * audit timeline. Both ask the server, which applies the same rules as the API.
 */
export function CaseWorkflow() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.status?.value)
  const featureArticle = useFormFields(([fields]) => fields.featureArticle?.value)
  const [allowed, setAllowed] = useState<CaseStatus[]>([])
  const [trail, setTrail] = useState<AuditEntry[]>([])
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const api = config.routes.api
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': i18n.language }

  const load = useCallback(async () => {
    if (!id) return
    const [moves, events] = await Promise.all([
      fetch(`${api}/case-submissions/${id}/transitions`, { credentials: 'include' }).then((r) => r.json()),
      fetch(`${api}/audit-events?where[case][equals]=${id}&sort=at&limit=100&depth=0`, { credentials: 'include' }).then(
        (r) => r.json(),
      ),
    ])
    setAllowed(moves.allowed ?? [])
    setTrail(events.docs ?? [])
  }, [api, id])

  useEffect(() => {
    void load()
  }, [load])

  const move = async (to: CaseStatus) => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/case-submissions/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers,
        body: JSON.stringify({ to, comment }),
      })
      const json = await res.json()
      if (!res.ok) {
        toast.error(json.errors?.[0]?.message ?? res.statusText)
        return
      }
      toast.success(`已改为「${CASE_STATUS_LABELS[to].zh}」`)
      setComment('')
      await load()
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const feature = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/case-submissions/${id}/feature-article`, {
        method: 'POST',
        credentials: 'include',
        headers,
      })
      const json = await res.json()
      if (!res.ok) {
        toast.error(json.errors?.[0]?.message ?? res.statusText)
        return
      }
      toast.success(json.doc.status === 'published' ? '专题文章已发布' : '已生成文章草稿，请补全后发布')
      router.push(`${config.routes.admin}/collections/articles/${json.doc.id}`)
    } finally {
      setBusy(false)
    }
  }
  const mayFeature =
    status === 'excellent' &&
    !featureArticle &&
    (user?.roles ?? []).some((role: string) => role === 'editor' || role === 'admin')

  if (!id) return null
  return (
    <div className="case-workflow" style={{ marginBottom: '1.5rem' }}>
      <h4>审核操作</h4>
      {allowed.length > 0 ? (
        <>
          <textarea
            aria-label="意见 Comment"
            id="case-workflow-comment"
            value={comment}
            rows={3}
            placeholder="退回或不通过时请写明意见"
            onChange={(event) => setComment(event.target.value)}
            style={{ width: '100%' }}
          />
          {allowed.map((to) => (
            <Button
              key={to}
              buttonStyle="secondary"
              disabled={busy}
              onClick={() => move(to)}
              id={`case-transition-${to}`}
            >
              {CASE_STATUS_LABELS[to].zh}
            </Button>
          ))}
        </>
      ) : (
        <p>当前没有您可以执行的操作。</p>
      )}
      {mayFeature && (
        <Button buttonStyle="primary" disabled={busy} onClick={feature} id="case-feature-article">
          转为专题文章
        </Button>
      )}
      <h4>审核记录</h4>
      <ol className="case-timeline">
        {trail.map((entry) => (
          <li key={entry.id}>
            {new Date(entry.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}：
            {CASE_STATUS_LABELS[entry.from]?.zh} → {CASE_STATUS_LABELS[entry.to]?.zh}
            {entry.comment ? `（${entry.comment}）` : ''}
          </li>
        ))}
      </ol>
    </div>
  )
}
