'use client'

import { useState } from 'react'

import { fetchProof } from '@/proofOfWork/fetchProof'

import type { VoteLabels } from './caseActionLabels'

/** Refusals a fresh proof of work cures: the page sat open past the challenge's life, or a click was doubled. */
const RETRY_WITH_NEW_PROOF = new Set(['proofExpired', 'proofUsed'])

/**
 * The public vote: one press, no account. The browser first answers a proof-of-work challenge (a fraction of a
 * second), then votes. The server keeps the rules (one vote per case a day, ten a day in all, a handful from one
 * network) and answers in Chinese when it refuses; the count shown is the one it returns.
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
    setMessage(labels.checking)
    const post = async () => {
      const proof = await fetchProof(caseId, 'vote')
      const res = await fetch(`/api/case-submissions/${caseId}/vote`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ proof }),
      })
      return { res, json: await res.json().catch(() => null) }
    }
    try {
      let { res, json } = await post()
      if (RETRY_WITH_NEW_PROOF.has(json?.errors?.[0]?.data?.code)) ({ res, json } = await post())
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
