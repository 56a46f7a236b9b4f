import type { Payload } from 'payload'

import { DEMO_EMAIL_DOMAIN } from './demoAccounts'

/** Demo accounts have published passwords: a real deployment must never serve them. */
export const assertNoDemoAccounts = async (payload: Payload) => {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { like: DEMO_EMAIL_DOMAIN } },
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    throw new Error(
      `This database holds ${totalDocs} demo account(s) (${DEMO_EMAIL_DOMAIN}); refusing to start outside demo mode. ` +
        '数据库中存在演示账号，非演示模式拒绝启动：请删除这些账号或改用 npm run demo。',
    )
  }
}
