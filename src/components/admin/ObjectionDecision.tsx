'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * On a pending objection in the admin: uphold or dismiss it with a reason. The decide endpoint applies the rules;
 * once decided, the buttons give way to the outcome shown in the fields below.
 */
export function ObjectionDecision() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const status = useFormFields(([fields]) => fields.status?.value)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  if (!id || status !== 'pending') return null

  const decide = async (decision: 'upheld' | 'dismissed') => {
    setBusy(true)
    try {
      const res = await fetch(`${config.routes.api}/case-objections/${id}/decide`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ decision, reason }),
      })
      const json = await res.json()
      if (!res.ok) {
        toast.error(json.errors?.[0]?.message ?? res.statusText)
        return
      }
      toast.success(decision === 'upheld' ? '已认定异议成立' : '已认定异议不成立')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="objection-decision" style={{ marginBottom: '1.5rem' }}>
      <h4>处理异议</h4>
      <textarea
        aria-label="处理理由 Reason"
        id="objection-decision-reason"
        value={reason}
        rows={3}
        placeholder="请写明处理理由"
        onChange={(event) => setReason(event.target.value)}
        style={{ width: '100%' }}
      />
      <Button buttonStyle="secondary" disabled={busy} onClick={() => decide('upheld')} id="objection-uphold">
        异议成立
      </Button>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => decide('dismissed')} id="objection-dismiss">
        异议不成立
      </Button>
    </div>
  )
}
