import type { Role } from '@/access/roles'
import { DEMO_EMAIL_DOMAIN } from '@/startup/demoAccounts'

export type UserSeed = { email: string; name: string; roles: Role[]; organizationKey?: string }

const demo = (local: string) => `${local}${DEMO_EMAIL_DOMAIN}`

export const demoUsers: UserSeed[] = [
  { email: demo('admin'), name: '系统管理员', roles: ['admin'] },
  { email: demo('editor'), name: '郑编辑', roles: ['editor'], organizationKey: 'portal' },
  { email: demo('reviewer'), name: '黄审核', roles: ['reviewer'] },
  { email: demo('reviewer2'), name: '许专家', roles: ['reviewer'] },
  { email: demo('submitter'), name: '林晓华', roles: ['submitter'], organizationKey: 'unitA' },
  { email: demo('submitter2'), name: '吴建平', roles: ['submitter'], organizationKey: 'unitB' },
]
