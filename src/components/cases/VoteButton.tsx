'use client'

import { useState } from 'react'

/**
 * The public vote: one press, no account. The server keeps the rules (one vote per case a day, ten a day in all)
 * and answers in Chinese when it refuses; the count shown is the one it returns.
 */
export function VoteButton({ caseId, initialVotes }: { caseId: number; initialVotes: number }) {
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
        setMessage('投票成功，感谢您的支持！')
      } else {
        setMessage(
          json?.errors?.[0]?.data?.errors?.[0]?.message ?? json?.errors?.[0]?.message ?? '投票失败，请稍后再试',
        )
      }
    } catch {
      setMessage('网络异常，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="case-vote">
      <button type="button" onClick={vote} disabled={busy} className="button-primary">
        为该案例投票
      </button>
      <span className="case-vote-count">
        当前票数：<strong data-testid="vote-count">{votes}</strong>
      </span>
      <p role="status" className="case-vote-message">
        {message}
      </p>
    </div>
  )
}
