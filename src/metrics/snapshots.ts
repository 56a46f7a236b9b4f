/** Figures of a livestream-sales event as reported at one moment; money is in integer fen. */
export type MetricSnapshot = {
  asOf: string // ISO date-time
  visits?: number | null
  peakViewers?: number | null
  onlineSalesFen?: number | null
  offlineSalesFen?: number | null
  orderValueFen?: number | null
  unitsSold?: number | null
  dealerInquiries?: number | null
  sourceNote?: string | null
}

export type EventFigures = {
  asOf: string | null
  visits: number
  peakViewers: number
  onlineSalesFen: number
  offlineSalesFen: number
  orderValueFen: number
  totalSalesFen: number
  unitsSold: number
  dealerInquiries: number
}

export type CampaignFigures = EventFigures & { events: number }

export type ChartPoint = { asOf: string; visits: number; totalSalesFen: number }

type Dated = { snapshot: MetricSnapshot; time: number }

/** Snapshots with a readable asOf, paired with its time; the others cannot be placed in time and are dropped. */
const dated = (snapshots: readonly MetricSnapshot[] | null | undefined): Dated[] =>
  (snapshots ?? [])
    .map((snapshot) => ({ snapshot, time: Date.parse(snapshot.asOf) }))
    .filter(({ time }) => !Number.isNaN(time))

const figure = (value: number | null | undefined): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0

/** The snapshot with the latest asOf — figures grow during the day, so the latest report is the current one. */
export const latestSnapshot = (snapshots: readonly MetricSnapshot[] | null | undefined): MetricSnapshot | null => {
  let latest: Dated | null = null
  for (const entry of dated(snapshots)) {
    // On a tie the later entry wins: it was recorded after the other
    if (!latest || entry.time >= latest.time) latest = entry
  }
  return latest?.snapshot ?? null
}

/** A snapshot's figures with missing ones as 0; total sales count orders as well as online and offline sales. */
export const figuresOf = (snapshot: MetricSnapshot | null): EventFigures => {
  const onlineSalesFen = figure(snapshot?.onlineSalesFen)
  const offlineSalesFen = figure(snapshot?.offlineSalesFen)
  const orderValueFen = figure(snapshot?.orderValueFen)
  return {
    asOf: snapshot?.asOf ?? null,
    visits: figure(snapshot?.visits),
    peakViewers: figure(snapshot?.peakViewers),
    onlineSalesFen,
    offlineSalesFen,
    orderValueFen,
    totalSalesFen: onlineSalesFen + offlineSalesFen + orderValueFen,
    unitsSold: figure(snapshot?.unitsSold),
    dealerInquiries: figure(snapshot?.dealerInquiries),
  }
}

export const currentFigures = (snapshots: readonly MetricSnapshot[] | null | undefined): EventFigures =>
  figuresOf(latestSnapshot(snapshots))

const isLater = (a: string | null, b: string | null): boolean =>
  a !== null && (b === null || Date.parse(a) > Date.parse(b))

/**
 * A campaign's totals: each event counts once, with its current figures — earlier snapshots are superseded, not
 * added. Peak viewers is the highest event's peak, since viewers of different streams were not watching at once.
 */
export const rollUp = (events: readonly { snapshots?: readonly MetricSnapshot[] | null }[]): CampaignFigures => {
  const total: CampaignFigures = { ...figuresOf(null), events: events.length }
  for (const event of events) {
    const current = currentFigures(event.snapshots)
    if (isLater(current.asOf, total.asOf)) total.asOf = current.asOf
    total.visits += current.visits
    total.peakViewers = Math.max(total.peakViewers, current.peakViewers)
    total.onlineSalesFen += current.onlineSalesFen
    total.offlineSalesFen += current.offlineSalesFen
    total.orderValueFen += current.orderValueFen
    total.totalSalesFen += current.totalSalesFen
    total.unitsSold += current.unitsSold
    total.dealerInquiries += current.dealerInquiries
  }
  return total
}

/** Points for a chart of figures over time, oldest first; snapshots with equal asOf keep their order. */
export const chartSeries = (snapshots: readonly MetricSnapshot[] | null | undefined): ChartPoint[] =>
  dated(snapshots)
    .sort((a, b) => a.time - b.time)
    .map(({ snapshot }) => {
      const { visits, totalSalesFen } = figuresOf(snapshot)
      return { asOf: snapshot.asOf, visits, totalSalesFen }
    })
