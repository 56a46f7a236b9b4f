import type { RequiredDataFromCollectionSlug } from 'payload'

import { readerPaths } from '@/fields/livePreview'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import type { Article, Campaign, Region, Topic } from '@/payload-types'

import { CAMPAIGN_NAME } from './campaign'
import { cst } from './helpers'
import type { ImageIds } from './images'

export const TOPIC_SLUG = 'fujian-zuji-2020'

export type TopicRefs = {
  campaign: Campaign['id']
  regionId: (code: string) => Region['id']
  images: ImageIds
  /** For the related-reading block; without them (before the articles exist) the block is left out. */
  related?: Article['id'][]
}

type Layout = NonNullable<Topic['layout']>

const INTRO =
  '2020年是决战脱贫攻坚、决胜全面小康的收官之年。“福建足迹”系列活动走进老区苏区和对口帮扶地区，征集脱贫攻坚典型案例，开展直播带货、媒体采访和人物访谈，记录八闽大地摆脱贫困的历程。'

/*
 * Milestones with a known date; where only the month is reported (April, August, November) the first of the month
 * stands for it and the text names the month.
 */
const timeline = (): Extract<Layout[number], { blockType: 'timeline' }> => ({
  blockType: 'timeline',
  heading: '活动时间线',
  items: [
    {
      date: cst('2020-04-01'),
      title: '连城县退出贫困县序列',
      text: '2020年4月，福清结对帮扶的连城县脱贫摘帽，62个贫困村、6100户14530人脱贫。',
    },
    {
      date: cst('2020-07-09'),
      title: '直播带货行走进永安',
      text: '主会场设在安贞堡，两个分会场同步连线，当晚线上线下销售额（含订单）达400万元。',
      link: readerPaths.event('yongan-2020-07-09'),
    },
    {
      date: cst('2020-07-24'),
      title: '直播带货行走进莆田荔城',
      text: '截至当晚20时，平台访问量超300万人次，销售总额（含订单）1438万元。',
      link: readerPaths.event('licheng-2020'),
    },
    { date: cst('2020-08-01'), title: '媒体行走进宁夏', text: '2020年8月，媒体采访团赴宁夏采访闽宁协作成果。' },
    { date: cst('2020-11-01'), title: '通渭县脱贫摘帽', text: '2020年11月，福清对口帮扶的甘肃通渭县退出贫困县序列。' },
  ],
})

/** The special-report page; its layout uses every block a topic offers. */
export const topicData = ({
  campaign,
  regionId,
  images,
  related,
}: TopicRefs): RequiredDataFromCollectionSlug<'topics'> & { slug: string } => {
  const layout: Layout = [
    { blockType: 'hero', heading: CAMPAIGN_NAME, subheading: '福建影响力·2020', image: images.banner },
    {
      blockType: 'statCounters',
      heading: '数说福建足迹',
      campaign,
      counters: [
        { label: '收到案例', source: 'computed', metric: 'casesReceived', unit: '件' },
        { label: '优秀案例', source: 'computed', metric: 'excellentCases', unit: '件' },
        { label: '直播带货销售额', source: 'computed', metric: 'livestreamSales' },
        { label: '直播访问量', source: 'computed', metric: 'visits', unit: '人次' },
        { label: '专题稿件', source: 'computed', metric: 'articles', unit: '篇' },
        { label: '公益广告价值', source: 'manual', value: 1000, unit: '万元' },
        { label: '闽宁协作选派干部', source: 'manual', value: 183, unit: '名' },
      ],
    },
    {
      blockType: 'richText',
      content: lexicalParagraphs([
        INTRO,
        '活动由省委宣传部指导，省委网信办、省文明办、省扶贫办和福建日报报业集团主办，东南网和学习强国福建学习平台承办。典型案例征集面向全省23个省级扶贫开发工作重点县、福建对口帮扶的西北地区县市和革命老区苏区，共收到案例近300件。',
        '活动期间，东南网及兄弟网站投放了价值1000万元的脱贫攻坚主题公益广告。',
      ]),
    },
    { blockType: 'livestreamHighlights', heading: '直播带货行', campaign, showChart: true },
    { blockType: 'caseShowcase', heading: '优秀案例', campaign, limit: 6 },
    { blockType: 'articleList', heading: '专题报道', filter: 'topic', limit: 8 },
    { blockType: 'articleList', heading: '三明足迹', filter: 'region', region: regionId('350400'), limit: 6 },
    { blockType: 'articleList', heading: '东西部协作', filter: 'category', category: 'cooperation', limit: 6 },
    timeline(),
    { blockType: 'regionGrid', heading: '八闽足迹', parent: regionId('350000') },
    {
      blockType: 'video',
      title: '直播带货行·永安站回放',
      url: 'https://video.example.cn/yongan-2020.mp4',
      caption: '7月9日，“福建足迹·直播带货行”永安站在安贞堡开播（演示视频地址）。',
    },
    ...(related?.length ? [{ blockType: 'relatedReading' as const, heading: '延伸阅读', articles: related }] : []),
  ]
  return {
    title: CAMPAIGN_NAME,
    slug: TOPIC_SLUG,
    _status: 'published',
    campaign,
    intro: INTRO,
    theme: { primaryColor: '#b8232f', banner: images.banner },
    layout,
    publishedAt: cst('2020-07-08T09:00'),
  }
}
