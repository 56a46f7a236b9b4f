import type { Payload } from 'payload'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import type { CaseSubmission, Organization, Region } from '@/payload-types'

import { context, type Tally } from './helpers'
import type { ImageIds, ImageKey } from './images'

type CaseSeed = {
  title: string
  type: '政策指导' | '扶贫经验' | '人物事迹' | '创新模式'
  region: string
  image: ImageKey
  unit: 'unitA' | 'unitB'
  summary: string
  body: string[]
  keyFigures: { label: string; value: number; unit: string }[]
}

/**
 * Excellent cases already through review, published on the special report so its showcase has real entries. The
 * full set of demo cases in every status, with reviews and votes, belongs to the case-call demo.
 */
const excellentCases: CaseSeed[] = [
  {
    title: '一片茶园“认购”到城里：下党乡订单农业带动茶农增收',
    type: '创新模式',
    region: '350924',
    image: 'teaTerraces',
    unit: 'unitB',
    summary:
      '下党乡把茶园交给城里人认购，合作社统一管护、加工和寄送，注册自有商标，形成“合作社＋基地＋农户＋订单”的增收模式。',
    body: [
      '下党乡地处闽东山区，茶叶是农户的主要收入来源，过去茶青价格受市场波动影响大。',
      '乡里组织合作社推出茶园认购：城市消费者按年认购一块茶园，合作社负责管护、采摘、加工，并按季寄送成茶。',
      '订单在春茶开采前就已落定，农户按约定价格交售茶青，收入有了保障。',
    ],
    keyFigures: [{ label: '认购茶园', value: 1000, unit: '亩' }],
  },
  {
    title: '把山林“存”进银行：顺昌森林生态银行盘活分散林木',
    type: '政策指导',
    region: '350721',
    image: 'forest',
    unit: 'unitA',
    summary:
      '顺昌县探索“森林生态银行”，把农户分散的林木通过赎买、托管、入股等方式集中起来统一经营，让林农获得稳定收益。',
    body: [
      '林权分散、单户经营规模小，是山区林业增效的难题。',
      '顺昌县搭建森林生态银行平台，对分散林木进行集中收储和统一经营，农户可选择赎买、托管或入股。',
      '集中经营后，林木质量和经营效益同步提升，生态保护与林农增收找到了结合点。',
    ],
    keyFigures: [{ label: '参与方式', value: 3, unit: '种' }],
  },
  {
    title: '从“中国扶贫第一村”看闽东山乡之变：赤溪村的脱贫路',
    type: '扶贫经验',
    region: '350982',
    image: 'village',
    unit: 'unitB',
    summary: '赤溪村曾被称为“中国扶贫第一村”。从搬迁安置到发展乡村旅游和特色产业，村庄走出了一条可持续的脱贫之路。',
    body: [
      '赤溪村位于福鼎市，曾经交通闭塞、生产条件落后。',
      '村里通过整村搬迁改善居住条件，又依托山水资源发展乡村旅游、白茶等产业。',
      '如今村民在家门口就业创业，集体经济逐年壮大。',
    ],
    keyFigures: [{ label: '发展产业', value: 2, unit: '项' }],
  },
]

/** Creates the excellent cases once (found by title) and marks them published on the site. */
export const seedExcellentCases = async (
  payload: Payload,
  refs: {
    campaign: number
    images: ImageIds
    regionId: (code: string) => Region['id']
    units: Record<CaseSeed['unit'], Organization['id']>
  },
  tally: Tally,
) => {
  const existing = await payload.find({
    collection: 'case-submissions',
    where: { title: { in: excellentCases.map((seed) => seed.title) } },
    pagination: false,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
  })
  const have = new Set(existing.docs.map((doc) => doc.title))
  for (const seed of excellentCases) {
    if (have.has(seed.title)) {
      tally.unchanged++
      continue
    }
    const data: Omit<CaseSubmission, 'id' | 'createdAt' | 'updatedAt'> = {
      campaign: refs.campaign,
      title: seed.title,
      type: seed.type,
      region: refs.regionId(seed.region),
      organization: refs.units[seed.unit],
      summary: seed.summary,
      body: lexicalParagraphs(seed.body) as never,
      keyFigures: seed.keyFigures,
      photos: [refs.images[seed.image]],
      contactPerson: '案例联系人',
      phone: '0591-0000000',
      email: 'case@example.cn',
      status: 'excellent',
      publishedOnSite: true,
    }
    // Seeded as already decided: the status is set directly, which only seeding may do.
    await payload.create({
      collection: 'case-submissions',
      data,
      overrideAccess: true,
      context: { ...context, caseTransition: true },
    })
    tally.created++
  }
}

export const EXCELLENT_CASE_REGIONS = excellentCases.map((seed) => seed.region)
