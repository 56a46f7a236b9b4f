import type { Client, InStatement } from '@libsql/client'

import { planProblems, type PlanRow } from './queryPlans'

export type SelectCapture = {
  /** Each SELECT a read sent, with SQLite's plan for it. */
  explained: (run: () => Promise<unknown>) => Promise<{ sql: string; plan: PlanRow[] }[]>
  /** What is wrong with the plans of a read's SELECTs (queryPlans.ts), and how many it sent. */
  plansOf: (run: () => Promise<unknown>) => Promise<{ problems: string[]; queries: number }>
  /** Gives the client its own methods back. */
  restore: () => void
}

/**
 * Records every SELECT the data layer sends through a libsql client, with its arguments, so that a test can ask
 * SQLite how it would run each one (EXPLAIN QUERY PLAN, sent past the recording). Reads made inside a write
 * transaction go through the transaction's own client, on the writer connection (src/config/sqlite/serializeWrites.ts),
 * so transactions are followed too.
 */
export const captureSelects = (client: Client): SelectCapture => {
  let captured: string[] = []
  const original = client.execute
  const originalTransaction = client.transaction
  const capture = (statement: InStatement) => {
    const sql = typeof statement === 'string' ? statement : statement.sql
    if (/^\s*select/i.test(sql)) {
      captured.push(JSON.stringify({ sql, args: typeof statement === 'string' ? [] : statement.args }))
    }
  }
  client.execute = ((statement: InStatement) => {
    capture(statement)
    return original.call(client, statement)
  }) as Client['execute']
  client.transaction = (async (...args: Parameters<Client['transaction']>) => {
    const transaction = await originalTransaction.apply(client, args)
    const execute = transaction.execute.bind(transaction)
    transaction.execute = ((statement: InStatement) => {
      capture(statement)
      return execute(statement)
    }) as typeof transaction.execute
    return transaction
  }) as Client['transaction']

  const explained: SelectCapture['explained'] = async (run) => {
    captured = []
    await run()
    const plans: { sql: string; plan: PlanRow[] }[] = []
    for (const statement of captured) {
      const { sql, args } = JSON.parse(statement) as { sql: string; args: never[] }
      const { rows } = await original.call(client, { sql: `EXPLAIN QUERY PLAN ${sql}`, args })
      plans.push({
        sql,
        plan: rows.map((row) => ({ id: Number(row.id), parent: Number(row.parent), detail: String(row.detail) })),
      })
    }
    return plans
  }
  return {
    explained,
    plansOf: async (run) => {
      const plans = await explained(run)
      const problems = plans.flatMap(({ sql, plan }) =>
        planProblems(sql, plan).map((problem) => `${problem}\n    in: ${sql.slice(0, 300)}`),
      )
      return { problems, queries: plans.length }
    },
    restore: () => Object.assign(client, { execute: original, transaction: originalTransaction }),
  }
}
