'use client'

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Ranked = {
  id: number
  title: string
  type: string
  reviews: number
  expertMean: number | null
  votes: number
  voteShare: number
  expertPart: number
  votePart: number
  score: number
  rank: number
}

const cell = { padding: '0.35rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-150)' }

/**
 * The campaign's shortlisted cases ranked by the blended score, both parts shown, with the editor's decision on
 * each row: 拟入选 starts the case's publicity period, 未入选 ends its run. The transition endpoint applies the rules.
 */
export function CaseRanking() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [rows, setRows] = useState<Ranked[] | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const api = config.routes.api

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}/campaigns/${id}/ranking`, {
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language },
    })
    const json = await res.json()
    if (!res.ok) {
      setRefusal(json.errors?.[0]?.message ?? res.statusText)
      return
    }
    setRows(json.cases)
  }, [api, id, i18n.language])

  useEffect(() => {
    void load()
  }, [load])

  const decide = async (caseId: number, to: 'proposed' | 'not-selected') => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/case-submissions/${caseId}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({
          to,
          comment: to === 'proposed' ? '综合排名靠前，拟入选并进入公示' : '综合排名未进入拟入选范围',
        }),
      })
      const json = await res.json()
      if (!res.ok) toast.error(json.errors?.[0]?.message ?? res.statusText)
      else toast.success(to === 'proposed' ? '已拟入选，公示期开始' : '已标记为未入选')
      await load()
    } finally {
      setBusy(false)
    }
  }

  if (!id) return null
  if (refusal) return <p>{refusal}</p>
  if (!rows) return <p>正在载入排名…</p>
  if (rows.length === 0) return <p>暂无入围案例。</p>
  return (
    <table className="case-ranking" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          {[
            '名次',
            '案例',
            '类型',
            '评审数',
            '专家均分',
            '得票',
            '票数占比',
            '专家得分',
            '投票得分',
            '综合得分',
            '决定',
          ].map((heading) => (
            <th key={heading} style={{ ...cell, textAlign: 'left' }}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-case={row.id}>
            <td style={cell}>{row.rank}</td>
            <td style={cell}>
              <a href={`${config.routes.admin}/collections/case-submissions/${row.id}`}>{row.title}</a>
            </td>
            <td style={cell}>{row.type}</td>
            <td style={cell}>{row.reviews}</td>
            <td style={cell}>{row.expertMean == null ? '—' : row.expertMean.toFixed(2)}</td>
            <td style={cell}>{row.votes}</td>
            <td style={cell}>{(row.voteShare * 100).toFixed(1)}%</td>
            <td style={cell}>{row.expertPart.toFixed(2)}</td>
            <td style={cell}>{row.votePart.toFixed(2)}</td>
            <td style={cell}>
              <strong>{row.score.toFixed(2)}</strong>
            </td>
            <td style={cell}>
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => decide(row.id, 'proposed')}>
                拟入选
              </Button>{' '}
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={busy}
                onClick={() => decide(row.id, 'not-selected')}
              >
                未入选
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
