'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { CRITERIA, SCORE_MAX, SCORE_MIN } from '@/workflow/scoring'

type CaseText = { title: string; type?: string | null; summary?: string | null }

/**
 * Beside the scores, what a reviewer scores against: the rubric and the chosen case's summary, with a link to the
 * whole case (read with the reviewer's own access through the REST API).
 */
export function ReviewGuide() {
  const caseId = useFormFields(([fields]) => fields.case?.value as number | string | null | undefined)
  const { config } = useConfig()
  const [found, setFound] = useState<{ id: number | string; text: CaseText | null } | null>(null)
  const api = config.routes.api

  useEffect(() => {
    if (caseId == null || caseId === '') return
    const controller = new AbortController()
    fetch(`${api}/case-submissions/${caseId}?depth=0&select[title]=true&select[type]=true&select[summary]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((text: CaseText | null) => setFound({ id: caseId, text }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, caseId])

  const text = found && found.id === caseId ? found.text : null
  return (
    <div className="review-guide">
      <h4 className="review-guide__heading">评分标准</h4>
      <p className="review-guide__rule">
        每项 {SCORE_MIN}–{SCORE_MAX} 分的整数，平均分为四项之均值：
        {CRITERIA.map((criterion) => criterion.zh).join('、')}。
      </p>
      {text ? (
        <div className="review-guide__case">
          <h4 className="review-guide__heading">
            {text.title}
            {text.type ? <span className="review-guide__type">（{text.type}）</span> : null}
          </h4>
          <p>{text.summary || '该案例暂无摘要。'}</p>
          <a href={`${config.routes.admin}/collections/case-submissions/${caseId}`} target="_blank" rel="noreferrer">
            查看案例全文
          </a>
        </div>
      ) : null}
    </div>
  )
}
