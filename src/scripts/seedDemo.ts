import { getPayload } from 'payload'

import config from '@payload-config'
import { seedDemo } from '@/seed'
import { isDemoMode } from '@/startup/demoAccounts'

// Demo accounts have published passwords, so they are only ever created in demo mode.
if (!isDemoMode(process.env) || !process.env.DEMO_PASSWORD) {
  console.error('seedDemo runs only from `npm run demo` (DEMO_MODE=1 and DEMO_PASSWORD set).')
  process.exit(2)
}

const payload = await getPayload({ config })
await seedDemo(payload, { password: process.env.DEMO_PASSWORD })
console.log('演示数据已载入 · demo content loaded')
process.exit(0)
