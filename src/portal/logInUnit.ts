import type { Payload } from 'payload'

import { messageIn } from '@/i18n/messages'
import { countLoginAttempt, giveBackLoginAttempt } from '@/limits/loginLimit'

import { isUnitAccount } from './session'

export type UnitLogin = { ok: true; token: string } | { ok: false; message: string }

/**
 * A unit's login at the portal, under the same per-client limits as the admin's (the portal logs in through the
 * Local API, which Payload's REST limits do not see), and with the same answer for a wrong password, an unknown
 * email and a locked account, so the portal tells no one which accounts exist.
 */
export const logInUnit = async (
  payload: Payload,
  email: string,
  password: string,
  address: string | null,
): Promise<UnitLogin> => {
  const attempt = await countLoginAttempt(address, email)
  if (!attempt.ok) return { ok: false, message: messageIn('zh', 'tooManyLogins') }
  let result: Awaited<ReturnType<typeof payload.login<'users'>>>
  try {
    result = await payload.login({ collection: 'users', data: { email, password } })
  } catch (error) {
    // Matched by shape, not by class: bundlers may copy Payload's error classes. Anything else is a fault.
    if (typeof (error as { status?: unknown } | null)?.status !== 'number') throw error
    return { ok: false, message: messageIn('zh', 'loginFailed') }
  }
  await giveBackLoginAttempt(address, email)
  if (!result.token || !isUnitAccount(result.user ?? null)) {
    return { ok: false, message: '这里是申报单位的入口；工作人员请从管理后台登录' }
  }
  return { ok: true, token: result.token }
}
