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
  // One submitter per further unit of the case call, so each case's history names who submitted it
  { email: demo('panxi'), name: '雷春燕', roles: ['submitter'], organizationKey: 'panxi' },
  { email: demo('fuqing'), name: '何志强', roles: ['submitter'], organizationKey: 'fuqing' },
  { email: demo('nanping'), name: '江海涛', roles: ['submitter'], organizationKey: 'nanping' },
  { email: demo('longyan'), name: '罗文斌', roles: ['submitter'], organizationKey: 'longyan' },
  { email: demo('jianning'), name: '邱慧敏', roles: ['submitter'], organizationKey: 'jianning' },
  { email: demo('changji'), name: '马晓军', roles: ['submitter'], organizationKey: 'changji' },
]
