'use server'

import { logout } from '@payloadcms/next/auth'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import config from '@payload-config'
import { getPayloadClient } from '@/data/payload'
import { clientAddress } from '@/lib/clientAddress'

import { setAuthCookie } from '../authCookie'
import { formText, type FormState } from '../formState'
import { logInUnit } from '../logInUnit'

export type LoginValues = { email: string }

/** Logs a unit in (src/portal/logInUnit.ts: Payload's login under the per-client limits) and sets the admin's cookie. */
export async function logIn(_previous: FormState<LoginValues>, form: FormData): Promise<FormState<LoginValues>> {
  const email = formText(form, 'email').trim().toLowerCase()
  const password = formText(form, 'password')
  if (!email || !password) return { errors: [{ message: '请填写电子邮箱和密码' }], values: { email } }
  const payload = await getPayloadClient()
  const login = await logInUnit(payload, email, password, clientAddress({ headers: await headers() }))
  if (!login.ok) return { errors: [{ message: login.message }], values: { email } }
  await setAuthCookie(payload, login.token)
  redirect('/submit/cases')
}

export async function logOut() {
  await logout({ config })
  redirect('/submit')
}
