import { scores, type CaseSeed } from './caseSeed'

const PROPOSE = '综合专家评分和网络推荐结果，列为拟入选案例，进入公示。'
const DECLARE = '公示期满，未收到异议，评为优秀案例。'

/** Through review, publicity and decision: the special report's case showcase shows these. */
export const excellentCases: CaseSeed[] = [
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
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 29 },
      { to: 'shortlisted', by: 'reviewer', daysAgo: 24 },
      { to: 'proposed', by: 'editor', daysAgo: 14, comment: PROPOSE },
      { to: 'excellent', by: 'editor', daysAgo: 6, comment: DECLARE },
    ],
    reviews: {
      reviewer: {
        scores: scores(10, 9, 9, 9),
        comment: '“认购”把城市消费和山区茶园直接连在一起，模式新颖，带动茶农增收的效果明显。',
      },
      reviewer2: { scores: scores(9, 10, 9, 9), comment: '品牌与订单相结合，做法成熟，可在其他茶区推广。' },
    },
    votes: 186,
    publishedOnSite: true,
  },
  {
    title: '把山林“存”进银行：顺昌森林生态银行盘活分散林木',
    type: '政策指导',
    region: '350721',
    image: 'forest',
    unit: 'nanping',
    summary:
      '顺昌县探索“森林生态银行”，把农户分散的林木通过赎买、托管、入股等方式集中起来统一经营，让林农获得稳定收益。',
    body: [
      '林权分散、单户经营规模小，是山区林业增效的难题。',
      '顺昌县搭建森林生态银行平台，对分散林木进行集中收储和统一经营，农户可选择赎买、托管或入股。',
      '集中经营后，林木质量和经营效益同步提升，生态保护与林农增收找到了结合点。',
    ],
    keyFigures: [{ label: '参与方式', value: 3, unit: '种' }],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 28 },
      { to: 'shortlisted', by: 'reviewer2', daysAgo: 23 },
      { to: 'proposed', by: 'editor', daysAgo: 14, comment: PROPOSE },
      { to: 'excellent', by: 'editor', daysAgo: 6, comment: DECLARE },
    ],
    reviews: {
      reviewer: { scores: scores(9, 10, 8, 9), comment: '把金融思路引入林业经营，制度设计有突破，生态与增收兼顾。' },
      reviewer2: { scores: scores(9, 9, 9, 8), comment: '政策框架清楚，建议补充林农收益的变化情况。' },
    },
    votes: 143,
    publishedOnSite: true,
  },
  {
    title: '从“中国扶贫第一村”看闽东山乡之变：赤溪村的脱贫路',
    type: '扶贫经验',
    region: '350982',
    image: 'village',
    unit: 'panxi',
    summary: '赤溪村曾被称为“中国扶贫第一村”。从搬迁安置到发展乡村旅游和特色产业，村庄走出了一条可持续的脱贫之路。',
    body: [
      '赤溪村位于福鼎市，曾经交通闭塞、生产条件落后。',
      '村里通过整村搬迁改善居住条件，又依托山水资源发展乡村旅游、白茶等产业。',
      '如今村民在家门口就业创业，集体经济逐年壮大。',
    ],
    keyFigures: [{ label: '发展产业', value: 2, unit: '项' }],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 29 },
      { to: 'shortlisted', by: 'reviewer', daysAgo: 22 },
      { to: 'proposed', by: 'editor', daysAgo: 14, comment: PROPOSE },
      { to: 'excellent', by: 'editor', daysAgo: 6, comment: DECLARE },
    ],
    reviews: {
      reviewer: { scores: scores(10, 8, 9, 8), comment: '脱贫历程完整，典型意义突出，是闽东山区脱贫的缩影。' },
      reviewer2: { scores: scores(10, 8, 9, 9), comment: '从搬迁到产业的路径清楚，对同类村庄有借鉴价值。' },
    },
    votes: 171,
    publishedOnSite: true,
  },
]
