'use client'

import { useActionState } from 'react'

import { withdrawCase, type WithdrawState } from '@/portal/actions/cases'

import { submitKeepingInput } from './submitKeepingInput'
import { FormErrors } from './FormErrors'

/** 撤回 takes the case out of the call for good, so it sits apart from the form, behind its own button. */
export function WithdrawForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(withdrawCase, { errors: [] } as WithdrawState)
  return (
    <details className="withdraw">
      <summary>撤回案例</summary>
      <form action={action} onSubmit={submitKeepingInput(action)} className="portal-form">
        <FormErrors errors={state.errors} />
        <input type="hidden" name="id" value={id} />
        <p className="hint">撤回后案例不再参加本次征集，也不能再修改或提交。</p>
        <div className="field">
          <label htmlFor="withdraw-comment">撤回原因（可不填）</label>
          <textarea id="withdraw-comment" name="comment" rows={3} defaultValue={state.values?.comment} />
        </div>
        <div className="actions">
          <button type="submit" className="danger" disabled={pending}>
            撤回
          </button>
        </div>
      </form>
    </details>
  )
}
