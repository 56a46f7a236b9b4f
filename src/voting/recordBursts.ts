import type { PayloadRequest } from 'payload'

type Id = number | string
export type Burst = { case: Id; network: string; minute: string; votes: number }

/**
 * Keeps the editors' record of vote bursts up to date inside the vote batch's transaction: a minute that reached
 * the burst threshold gets its row, and a row already there takes the minute's new total. Bounded by the batch:
 * at most one row per case and network the batch touched.
 */
export const recordBursts = async (req: PayloadRequest, bursts: Burst[]) => {
  if (bursts.length === 0) return
  const { payload } = req
  const existing = await payload.db.find<{ id: Id; case: Id; network: string; minute: string }>({
    collection: 'vote-bursts',
    where: {
      and: [
        { case: { in: [...new Set(bursts.map((burst) => burst.case))] } },
        { network: { in: [...new Set(bursts.map((burst) => burst.network))] } },
        { minute: { in: [...new Set(bursts.map((burst) => burst.minute))] } },
      ],
    },
    select: { case: true, network: true, minute: true },
    pagination: false,
    req,
  })
  const keyOf = (burst: { case: unknown; network: string; minute: string }) =>
    `${String(burst.case)}|${burst.network}|${burst.minute}`
  const idByKey = new Map(existing.docs.map((row) => [keyOf(row), row.id]))
  const at = new Date().toISOString()
  for (const burst of bursts) {
    const id = idByKey.get(keyOf(burst))
    if (id != null) {
      await payload.db.updateOne({
        collection: 'vote-bursts',
        id,
        data: { votes: burst.votes, updatedAt: at },
        req,
        returning: false,
      })
    } else {
      await payload.db.create({
        collection: 'vote-bursts',
        data: { ...burst, state: 'open', createdAt: at, updatedAt: at },
        req,
        returning: false,
      })
    }
  }
}
