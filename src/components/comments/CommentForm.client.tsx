'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type FormEvent } from 'react'

import { fetchProofFrom } from '@/proofOfWork/fetchProof'
import { COMMENT_LIMITS, type CommentedCollection } from '@/workflow/commentRules'

import type { CommentFormLabels } from './commentLabels'

type FieldErrors = Partial<Record<'body' | 'name', string>>
type Reply = { id: string; name: string }

/** Refusals a fresh proof of work cures: the form sat open past the challenge's life, or a click was doubled. */
const RETRY_WITH_NEW_PROOF = new Set(['proofExpired', 'proofUsed'])

/**
 * 我来说两句: a reader's comment, or a reply to one (the 回复 buttons the section renders), sent after the browser
 * answers a proof-of-work challenge for this page. The server checks everything again; a comment that shows at once
 * (post-then-moderate) refreshes the page, others are announced as waiting for moderation.
 */
export function CommentForm({
  relationTo,
  id,
  labels,
}: {
  relationTo: CommentedCollection
  id: number | string
  labels: CommentFormLabels
}) {
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const [reply, setReply] = useState<Reply | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  // The 回复 buttons are server-rendered beside each comment; one listener on the section picks them up
  useEffect(() => {
    const section = form.current?.closest('section')
    const onClick = (event: MouseEvent) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-reply-to]')
      if (!button) return
      setReply({ id: button.dataset.replyTo ?? '', name: button.dataset.replyName ?? '' })
      form.current?.querySelector('textarea')?.focus()
    }
    section?.addEventListener('click', onClick)
    return () => section?.removeEventListener('click', onClick)
  }, [])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    const fields = Object.fromEntries(new FormData(element))
    setBusy(true)
    setErrors({})
    setMessage({ text: labels.checking, error: false })
    const post = async () => {
      const proof = await fetchProofFrom(`/api/comments/challenge?purpose=comment&relationTo=${relationTo}&id=${id}`)
      const res = await fetch('/api/comments/submit', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...fields, page: { relationTo, value: id }, replyTo: reply?.id ?? null, proof }),
      })
      return { res, json: await res.json().catch(() => null) }
    }
    try {
      let { res, json } = await post()
      if (RETRY_WITH_NEW_PROOF.has(json?.errors?.[0]?.data?.code)) ({ res, json } = await post())
      if (res.ok) {
        element.reset()
        setReply(null)
        const published = json?.doc?.status === 'approved'
        setMessage({ text: published ? labels.published : labels.pending, error: false })
        if (published) router.refresh()
        return
      }
      const detail = json?.errors?.[0]?.data?.errors ?? []
      const byField: FieldErrors = {}
      for (const item of detail) if (item.field) byField[item.field as keyof FieldErrors] = item.message
      setErrors(byField)
      setMessage({
        text: Object.keys(byField).length ? labels.check : (detail[0]?.message ?? labels.failed),
        error: true,
      })
    } catch {
      setMessage({ text: labels.offline, error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form ref={form} id="comment-form" className="comment-form" onSubmit={submit} noValidate>
      {reply ? (
        <p className="comment-replying">
          {labels.replyingTo} {reply.name}{' '}
          <button type="button" className="link-button" onClick={() => setReply(null)}>
            {labels.cancelReply}
          </button>
        </p>
      ) : null}
      <div className="form-field">
        <label htmlFor="comment-body">{labels.body}</label>
        <textarea
          id="comment-body"
          name="body"
          rows={4}
          maxLength={COMMENT_LIMITS.body}
          required
          aria-describedby="comment-body-hint"
        />
        <p className="muted" id="comment-body-hint">
          {labels.bodyHint}
        </p>
        {errors.body ? <p className="form-error">{errors.body}</p> : null}
      </div>
      <div className="form-field">
        <label htmlFor="comment-name">{labels.name}</label>
        <input id="comment-name" name="name" maxLength={COMMENT_LIMITS.name} autoComplete="nickname" />
        {errors.name ? <p className="form-error">{errors.name}</p> : null}
      </div>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : undefined}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="button-primary">
        {labels.submit}
      </button>
    </form>
  )
}
