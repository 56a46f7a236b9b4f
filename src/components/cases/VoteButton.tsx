'use client'

import { useState } from 'react'

import type { VoteLabels } from './caseActionLabels'

/**
 * The public vote: one press, no account. The server keeps the rules (one vote per case a day, ten a day in all)
 * and answers in Chinese when it refuses; the count shown is the one it returns.
 */
export function VoteButton({
  caseId,
  initialVotes,
  labels,
}: {
  caseId: number
  initialVotes: number
  labels: VoteLabels
}) {
  const [votes, setVotes] = useState(initialVotes)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const vote = async () => {
    setBusy(true)
    try {
      const res = await fetch(`/api/case-submissions/${caseId}/vote`, { method: 'POST', credentials: 'same-origin' })
      const json = await res.json().catch(() => null)
      if (res.ok) {
        setVotes(json.votes)
        setMessage(labels.done)
      } else {
        setMessage(json?.errors?.[0]?.data?.errors?.[0]?.message ?? json?.errors?.[0]?.message ?? labels.failed)
      }
    } catch {
      setMessage(labels.offline)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="case-vote">
      <button type="button" onClick={vote} disabled={busy} className="button-primary">
        {labels.button}
      </button>
      <span className="case-vote-count">
        {labels.count}
        <strong data-testid="vote-count">{votes}</strong>
      </span>
      <p role="status" className="case-vote-message">
        {message}
      </p>
    </div>
  )
}
