import { isDemoMode } from '@/startup/demoAccounts'

// Demo accounts have published passwords, so they are only ever created in demo mode.
if (!isDemoMode(process.env) || !process.env.DEMO_PASSWORD) {
  console.error('seedDemo runs only from `npm run demo` (DEMO_MODE=1 and DEMO_PASSWORD set).')
  process.exit(2)
}

// Under Node 20, loading @payloadcms/richtext-lexical's main entry first sometimes deadlocks in its own module graph
// (the process ends with exit code 13); loading its `lexical` entry first avoids that. Then the config, in order.
await import('@payloadcms/richtext-lexical/lexical')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { seedDemo } = await import('@/seed')

const payload = await getPayload({ config })
await seedDemo(payload, { password: process.env.DEMO_PASSWORD })
console.log('演示数据已载入 · demo content loaded')
process.exit(0)
