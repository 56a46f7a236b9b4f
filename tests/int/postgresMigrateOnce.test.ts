import { Pool } from 'pg'
import type { DatabaseAdapterObj } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { migrateOnce } from '@/config/postgres/migrateOnce'

import { isPostgres } from '../helpers/testDatabase'

type Adapter = { pool: Pool; migrate: () => Promise<void> }

describe.skipIf(!isPostgres())('starting several instances on one PostgreSQL database', () => {
  // One pool per instance, as separate processes would have; the test database itself is not needed.
  const base = new URL(process.env.DATABASE_URI as string)
  base.pathname = '/postgres'
  const pools = [0, 1, 2].map(() => new Pool({ connectionString: base.toString(), max: 2 }))
  afterAll(() => Promise.all(pools.map((pool) => pool.end())))

  it('lets one instance migrate at a time, and a failed migration does not keep the others waiting', async () => {
    let running = 0
    let mostAtOnce = 0
    const started: number[] = []
    const instance = (pool: Pool, index: number) => {
      const migrate = async () => {
        running++
        mostAtOnce = Math.max(mostAtOnce, running)
        started.push(index)
        await new Promise((resolve) => setTimeout(resolve, 150))
        running--
        if (index === 0) throw new Error('migration failed')
      }
      const adapterObj = { init: () => ({ pool, migrate }) } as unknown as DatabaseAdapterObj
      return (migrateOnce(adapterObj as never).init({} as never) as unknown as Adapter).migrate()
    }
    const results = await Promise.allSettled(pools.map(instance))
    expect(mostAtOnce).toBe(1)
    expect(started.sort()).toEqual([0, 1, 2])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled'])
  })
})
