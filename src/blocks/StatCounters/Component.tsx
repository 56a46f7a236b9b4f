import type { CampaignTotals } from '@/data/campaignFigures'
import { formatCount, formatFen } from '@/metrics/formatChinese'
import type { StatCountersBlock as StatCountersData } from '@/payload-types'

import type { ComputedMetric } from './metrics'

const computed: Record<ComputedMetric, (totals: CampaignTotals) => string> = {
  casesReceived: (t) => formatCount(t.casesReceived),
  excellentCases: (t) => formatCount(t.excellentCases),
  livestreamSales: (t) => formatFen(t.livestream.totalSalesFen),
  visits: (t) => formatCount(t.visits),
  articles: (t) => formatCount(t.articles),
}

export function StatCountersBlock({ block, totals }: { block: StatCountersData; totals: CampaignTotals | null }) {
  return (
    <section className="block-stats">
      {block.heading ? <h2>{block.heading}</h2> : null}
      <dl>
        {(block.counters ?? []).map((counter) => {
          const value =
            counter.source === 'manual'
              ? formatCount(counter.value)
              : totals && counter.metric
                ? computed[counter.metric](totals)
                : '—'
          return (
            <div key={counter.id ?? counter.label} className="stat">
              <dt>{counter.label}</dt>
              <dd>
                {value}
                {counter.unit ? <small>{counter.unit}</small> : null}
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
