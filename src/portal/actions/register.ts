'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { RegistrationRefused, registerUnit } from '@/collections/Organizations/registration/registerUnit'
import { REGISTRATION_FIELDS } from '@/collections/Organizations/registration/validateRegistration'
import { getPayloadClient } from '@/data/payload'
import { clientAddress } from '@/lib/clientAddress'

import { setAuthCookie } from '../authCookie'
import { formText, type FormState } from '../formState'

export type RegisterValues = Record<'name' | 'kind' | 'region' | 'contactPerson' | 'phone' | 'email', string>

/** Registers the unit through the same function as POST /api/organizations/register, then logs it in. */
export async function register(
  _previous: FormState<RegisterValues>,
  form: FormData,
): Promise<FormState<RegisterValues>> {
  const input = Object.fromEntries(REGISTRATION_FIELDS.map((name) => [name, formText(form, name)]))
  const { password: _password, ...typed } = input
  const values = typed as RegisterValues
  if (input.password !== formText(form, 'passwordConfirm')) {
    return { errors: [{ field: 'passwordConfirm', message: '两次输入的密码不一致' }], values }
  }
  const payload = await getPayloadClient()
  try {
    const { user } = await registerUnit(payload, input, clientAddress({ headers: await headers() }))
    const login = await payload.login({ collection: 'users', data: { email: user.email, password: input.password } })
    if (login.token) await setAuthCookie(payload, login.token)
  } catch (error) {
    if (error instanceof RegistrationRefused) return { errors: error.errors, values }
    throw error
  }
  redirect('/submit/cases?registered=1')
}
