import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { Organization, User } from '@/payload-types'

export const TEST_PASSWORD = 'Test-Password-2026'

export type Cast = {
  units: { a: Organization; b: Organization }
  users: Record<'admin' | 'editor' | 'reviewer' | 'submitter' | 'submitter2', User>
}

const context = { disableRevalidate: true }

/** One account per role, and two units so "own unit only" rules have something to hide. */
export const seedUsers = async (payload: Payload): Promise<Cast> => {
  const unit = (name: string) =>
    payload.create({
      collection: 'organizations',
      data: { name, kind: 'local-government', contactPerson: '联系人', phone: '0591-0000000' },
      context,
    })
  const a = await unit('测试单位甲')
  const b = await unit('测试单位乙')
  const user = (local: string, roles: Role[], organization?: Organization) =>
    payload.create({
      collection: 'users',
      data: {
        email: `${local}@test.local`,
        password: TEST_PASSWORD,
        roles,
        organization: organization?.id,
        name: local,
      },
      context,
    })
  return {
    units: { a, b },
    users: {
      admin: await user('admin', ['admin']),
      editor: await user('editor', ['editor']),
      reviewer: await user('reviewer', ['reviewer']),
      submitter: await user('submitter', ['submitter'], a),
      submitter2: await user('submitter2', ['submitter'], b),
    },
  }
}
