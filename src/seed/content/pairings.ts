import type { Article, Region, Topic } from '@/payload-types'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { yuanToFen } from '@/metrics/formatChinese'

import type { Seed } from './upsert'

const FUJIAN = '350000'
const FUQING = '350181'
const LIANCHENG = '350825'
const TONGWEI = '621121'
const NINGXIA = '640000'
const CHANGJI = '652300'

export const PAIRING_REGIONS = [FUJIAN, FUQING, LIANCHENG, TONGWEI, NINGXIA, CHANGJI]

export type PairingRefs = {
  regionId: (code: string) => Region['id']
  topic: Topic['id']
  /** Articles by slug; a slug not found is left out. */
  articleId: (slug: string) => Article['id'] | undefined
}

const articles = (refs: PairingRefs, slugs: string[]) =>
  slugs.map(refs.articleId).filter((id): id is Article['id'] => id != null)

/*
 * Four pairs from the campaign's coverage. Every figure the coverage reports is used as reported; where it reports
 * none (Fuqing's start years, its funds, projects and cadres for Liancheng) the value is a round demo figure and
 * the pair's figuresNote, shown to readers, says which.
 */
export const pairingSeeds = (refs: PairingRefs): Seed<'pairing-aids'>[] => [
  {
    title: '福清市结对帮扶连城县',
    slug: 'fuqing-liancheng',
    _status: 'published',
    helper: refs.regionId(FUQING),
    helped: refs.regionId(LIANCHENG),
    programme: 'withinProvince',
    startYear: 2016,
    summary: '沿海的福清与闽西山区的连城结对，2020年4月连城县退出贫困县序列，62个贫困村、6100户14530人脱贫。',
    fundsFen: yuanToFen(80_000_000),
    projects: 60,
    cadresSent: 20,
    highlights: [
      { label: '退出贫困县序列', value: '2020年4月' },
      { label: '脱贫贫困村', value: '62个' },
      { label: '脱贫人口', value: '6100户14530人' },
    ],
    figuresNote: '脱贫数据据东南网报道；结对起始年份、帮扶资金、帮扶项目和选派干部数为演示数据，并非实际统计。',
    body: lexicalParagraphs([
      '山海协作是福建省内的结对帮扶：沿海发达县市与山区县携手，资金、项目和人才向山区流动。',
      '福清与连城的结对，落在产业、就业和村级集体经济上。2020年4月，连城县脱贫摘帽。',
    ]),
    relatedArticles: articles(refs, ['fuqing-liancheng-tongwei']),
    topics: [refs.topic],
  },
  {
    title: '福清市对口帮扶甘肃省通渭县',
    slug: 'fuqing-tongwei',
    _status: 'published',
    helper: refs.regionId(FUQING),
    helped: refs.regionId(TONGWEI),
    programme: 'eastWest',
    startYear: 2016,
    summary: '福清在通渭投入帮扶资金22173.35万元、实施项目426个，通渭198个贫困村与福清54个村、105家企业结对。',
    fundsFen: yuanToFen(221_733_500),
    projects: 426,
    villagesPaired: 198,
    highlights: [
      { label: '结对的福清村庄', value: '54个' },
      { label: '结对的福清企业', value: '105家' },
      { label: '脱贫摘帽', value: '2020年11月' },
    ],
    figuresNote: '资金、项目与结对数据据东南网报道；结对起始年份为演示数据。选派干部数未见报道。',
    body: lexicalParagraphs([
      '从东南沿海到陇中黄土高原，福清与通渭的协作以村村结对、村企携手为主线。',
      '2020年11月，通渭县退出贫困县序列，福清结对帮扶的两个县都已脱贫摘帽。',
    ]),
    relatedArticles: articles(refs, ['fuqing-liancheng-tongwei']),
    topics: [refs.topic],
  },
  {
    title: '闽宁协作：福建省对口帮扶宁夏',
    slug: 'fujian-ningxia',
    _status: 'published',
    helper: refs.regionId(FUJIAN),
    helped: refs.regionId(NINGXIA),
    programme: 'eastWest',
    startYear: 1996,
    summary: '1996年以来，福建先后选派11批183名干部赴宁夏，投入资金超过33亿元，建成385公里道路和110个示范村。',
    fundsFen: yuanToFen(3_300_000_000),
    cadresSent: 183,
    cadreBatches: 11,
    highlights: [
      { label: '修建道路', value: '385公里' },
      { label: '示范村', value: '110个' },
      { label: '受益群众', value: '近60万人' },
    ],
    figuresNote: '据东南网报道，截至2020年；帮扶资金报道为“超过33亿元”，此处按33亿元计。',
    body: lexicalParagraphs([
      '闽宁协作始于1996年，是东西部扶贫协作中持续时间最长的结对之一。',
      '2020年8月，“福建足迹”媒体采访团走进宁夏，记录闽宁两地携手的成果。',
    ]),
    relatedArticles: articles(refs, ['minning-cooperation', 'media-tour-ningxia']),
    topics: [refs.topic],
  },
  {
    title: '福建省对口支援新疆昌吉州',
    slug: 'fujian-changji',
    _status: 'published',
    helper: refs.regionId(FUJIAN),
    helped: refs.regionId(CHANGJI),
    programme: 'counterpartSupport',
    startYear: 1999,
    summary: '1999年以来，福建先后选派7批1001名干部人才援疆；“十三五”期间投入援疆资金21.63亿元。',
    fundsFen: yuanToFen(2_163_000_000),
    cadresSent: 1001,
    cadreBatches: 7,
    figuresNote: '据东南网报道：资金为“十三五”期间（2016—2020年）投入，干部人数为1999年以来累计。',
    body: lexicalParagraphs(['福建对口支援昌吉回族自治州，干部人才与资金项目并进，援疆工作延续二十余年。']),
    relatedArticles: articles(refs, ['changji-support']),
    topics: [refs.topic],
  },
]
