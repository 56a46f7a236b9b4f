'use client'

import { useState, type FormEvent } from 'react'

import { fetchProof } from '@/proofOfWork/fetchProof'

import type { ObjectionLabels } from './caseActionLabels'

type FieldErrors = Partial<Record<'name' | 'contact' | 'reason', string>>

/** Refusals a fresh proof of work cures: the form sat open past the challenge's life, or a click was doubled. */
const RETRY_WITH_NEW_PROOF = new Set(['proofExpired', 'proofUsed'])

/**
 * Filing an objection during publicity (公示), after the browser answers a proof-of-work challenge. The server
 * checks everything again; its per-field messages are shown next to the fields, and what the reader typed stays in
 * the form.
 */
export function ObjectionForm({ caseId, labels }: { caseId: number; labels: ObjectionLabels }) {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setMessage(labels.checking)
    const post = async () => {
      const proof = await fetchProof(caseId, 'objection')
      const res = await fetch(`/api/case-submissions/${caseId}/objections`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...Object.fromEntries(form), proof }),
      })
      return { res, json: await res.json().catch(() => null) }
    }
    try {
      let { res, json } = await post()
      if (RETRY_WITH_NEW_PROOF.has(json?.errors?.[0]?.data?.code)) ({ res, json } = await post())
      if (res.ok) {
        setDone(true)
        return
      }
      const detail = json?.errors?.[0]?.data?.errors ?? []
      const byField: FieldErrors = {}
      for (const item of detail) if (item.field) byField[item.field as keyof FieldErrors] = item.message
      setErrors(byField)
      setMessage(Object.keys(byField).length ? labels.check : (detail[0]?.message ?? labels.failed))
    } catch {
      setMessage(labels.offline)
    } finally {
      setBusy(false)
    }
  }

  if (done) return <p role="status">{labels.done}</p>
  const field = (name: keyof FieldErrors, label: string, input: React.ReactNode) => (
    <div className="form-field">
      <label htmlFor={`objection-${name}`}>{label}</label>
      {input}
      {errors[name] ? (
        <p className="form-error" id={`objection-${name}-error`}>
          {errors[name]}
        </p>
      ) : null}
    </div>
  )
  return (
    <form className="objection-form" onSubmit={submit} noValidate>
      {field(
        'name',
        labels.name,
        <input id="objection-name" name="name" maxLength={40} required autoComplete="name" />,
      )}
      {field(
        'contact',
        labels.contact,
        <input id="objection-contact" name="contact" maxLength={100} required autoComplete="email" />,
      )}
      {field(
        'reason',
        labels.reason,
        <textarea id="objection-reason" name="reason" maxLength={1000} rows={5} required />,
      )}
      {message ? (
        <p role="alert" className="form-error">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="button-primary">
        {labels.submit}
      </button>
    </form>
  )
}
