import type { BulkDocument } from '@/import/bulk/bulkImport'
import type { Id } from '@/import/bulk/writeDocuments'

import { personName, productName } from './chineseText'
import type { Random } from './random'
import type { Setup } from './setup'

const HOUR = 3_600_000
const OUTLETS = ['东南网', '福建日报', '海峡都市报', '福建广播电视台', '宁夏日报'] as const
const CHANNELS = ['抖音', '快手', '微信视频号', '新浪微博', '学习强国'] as const
const OFFICES = ['副县长', '常务副市长', '乡党委书记', '农业农村局局长', '商务局副局长'] as const

export type EventOptions = {
  count: number
  from: Date
  to: Date
  /** A tenth of the events belong to the demo's campaign (its topic page rolls up their figures). */
  demo: { campaign: Id; year: number }
}

/**
 * Livestream-sales events over ten years, each with studios, hosts, guests, products, redistribution channels and the
 * figures reported through the day (three to eight snapshots, growing), published.
 */
export function* events(
  random: Random,
  setup: Setup,
  options: EventOptions,
): Generator<BulkDocument<'livestream-events'>> {
  const span = options.to.getTime() - options.from.getTime()
  for (let index = 0; index < options.count; index++) {
    const demo = index % 10 === 0
    const startsAt = demo
      ? new Date(Date.UTC(options.demo.year, random.int(4, 10), random.int(1, 28), 2))
      : new Date(options.from.getTime() + (span * (index + random.next())) / options.count)
    const year = startsAt.getUTCFullYear()
    const campaigns = setup.campaigns.filter((campaign) => campaign.year === year)
    const campaign = demo ? options.demo.campaign : (random.pick(campaigns)?.id ?? null)
    const region = random.pick(setup.regions)
    const products = Array.from({ length: random.int(3, 6) }, () => productName(random))
    let visits = 0
    let sales = 0
    const snapshots = Array.from({ length: random.int(3, 8) }, (_, step) => {
      visits += random.int(2_000, 90_000)
      sales += random.int(5_000_00, 90_000_00)
      return {
        asOf: new Date(startsAt.getTime() + (step + 1) * HOUR).toISOString(),
        visits,
        peakViewers: Math.round(visits / random.int(3, 8)),
        onlineSalesFen: sales,
        offlineSalesFen: Math.round(sales / random.int(3, 9)),
        unitsSold: Math.round(sales / 3_000),
        dealerInquiries: random.int(0, 40),
        sourceNote: '主办方通报',
      }
    })
    yield {
      title: `“福建足迹·直播带货行”${region.name}站（第${index + 1}场）`,
      campaign: campaign as number | null,
      region: region.id as number,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + snapshots.length * HOUR).toISOString(),
      mainStudio: `${region.name}${random.pick(['融媒体中心', '电商产业园', '文化广场'])}`,
      branchStudios: Array.from({ length: random.int(0, 2) }, (_, n) => ({
        name: `分会场${n + 1}`,
        place: region.name,
      })),
      hosts: Array.from({ length: random.int(1, 2) }, () => ({
        name: personName(random),
        outlet: random.pick(OUTLETS),
      })),
      guests: Array.from({ length: random.int(1, 3) }, () => ({
        name: personName(random),
        title: `${region.name}${random.pick(OFFICES)}`,
      })),
      products: products.map((name) => ({
        name,
        category: '农产品',
        originRegion: region.id as number,
        priceFen: random.int(9_90, 199_00),
      })),
      snapshots,
      channels: random.some(CHANNELS, random.int(1, 3)).map((name) => ({ name })),
      _status: 'published',
      createdAt: new Date(startsAt.getTime() - 7 * 24 * HOUR).toISOString(),
      updatedAt: new Date(startsAt.getTime() + (snapshots.length + 1) * HOUR).toISOString(),
    }
  }
}
