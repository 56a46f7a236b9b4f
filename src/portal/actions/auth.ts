'use server'

import { logout } from '@payloadcms/next/auth'
import { redirect } from 'next/navigation'

import config from '@payload-config'
import { getPayloadClient } from '@/data/payload'

import { setAuthCookie } from '../authCookie'
import { formText, type FormState } from '../formState'
import { isUnitAccount } from '../session'

export type LoginValues = { email: string }

const LOCKED = 423

/** Logs a unit in with Payload's own login (lockout after five failures included) and sets the admin's cookie. */
export async function logIn(_previous: FormState<LoginValues>, form: FormData): Promise<FormState<LoginValues>> {
  const email = formText(form, 'email').trim().toLowerCase()
  const password = formText(form, 'password')
  if (!email || !password) return { errors: [{ message: '请填写电子邮箱和密码' }], values: { email } }
  const payload = await getPayloadClient()
  try {
    const result = await payload.login({ collection: 'users', data: { email, password } })
    if (!result.token || !isUnitAccount(result.user ?? null)) {
      return { errors: [{ message: '这里是申报单位的入口；工作人员请从管理后台登录' }], values: { email } }
    }
    await setAuthCookie(payload, result.token)
  } catch (error) {
    const locked = (error as { status?: number }).status === LOCKED
    const message = locked ? '登录失败次数过多，账号已暂时锁定，请 10 分钟后再试' : '电子邮箱或密码不正确'
    return { errors: [{ message }], values: { email } }
  }
  redirect('/submit/cases')
}

export async function logOut() {
  await logout({ config })
  redirect('/submit')
}
