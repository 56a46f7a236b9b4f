import { describe, expect, it } from 'vitest'

import { unmigratedReason } from '@/scripts/maintenancePayload'
import { progressLine } from '@/search/reindexProgress'

const committed = [{ name: '20261122_114050_initial' }, { name: '20270101_000000_indexes' }]

describe('which databases a maintenance script refuses', () => {
  it('runs on a database with every committed migration applied', () => {
    expect(
      unmigratedReason(
        committed,
        committed.map((m) => ({ ...m, batch: 1 })),
      ),
    ).toBeNull()
    // MongoDB has no schema migrations to apply
    expect(unmigratedReason([], [])).toBeNull()
  })

  it('names the migrations a database lacks, and how to apply them', () => {
    const reason = unmigratedReason(committed, [{ name: '20261122_114050_initial', batch: 1 }])
    expect(reason).toContain('20270101_000000_indexes')
    expect(reason).not.toContain('20261122_114050_initial')
    expect(reason).toContain('npm run migrate')
  })

  it('refuses a database never migrated, or whose schema a development run pushed', () => {
    expect(unmigratedReason(committed, { unreadable: 'no such table: payload_migrations' })).toContain(
      'no such table: payload_migrations',
    )
    const pushed = [...committed.map((m) => ({ ...m, batch: 1 })), { name: 'dev', batch: -1 }]
    expect(unmigratedReason(committed, pushed)).toContain('development mode')
  })
})

describe('rebuild progress', () => {
  it('says the step, how far and what changed', () => {
    const line = progressLine(
      { step: 'articles', after: 40_000, done: 40_000, total: 95_000, indexed: 40_000, written: 12, removed: 0 },
      125_000,
    )
    expect(line).toMatch(/^稿件 articles\s+40000\/95000\s+42%\s+2m05s\s+written 12, removed 0$/)
  })
})
