'use client'

import { useActionState } from 'react'

import { logIn, type LoginValues } from '@/portal/actions/auth'
import type { FormState } from '@/portal/formState'

import { submitKeepingInput } from './submitKeepingInput'
import { FormErrors } from './FormErrors'

const initial: FormState<LoginValues> = { errors: [] }

export function LoginForm() {
  const [state, action, pending] = useActionState(logIn, initial)
  return (
    <form action={action} onSubmit={submitKeepingInput(action)} className="portal-form">
      <FormErrors errors={state.errors} />
      <div className="field">
        <label htmlFor="login-email">电子邮箱</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email}
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">密码</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          登录
        </button>
      </div>
    </form>
  )
}
