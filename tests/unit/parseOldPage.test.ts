import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseOldPage, type ParsedOldPage } from '@/import/parseOldPage'

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/old-pages/${name}.txt`, import.meta.url), 'utf8')

/** Site text that must never reach an article, in both scripts. */
const FURNITURE = [
  '您所在的位置',
  '您现在的位置',
  '您現在的位置',
  '当前位置',
  '首页',
  '首頁',
  '正文',
  '>',
  '分享到',
  '微信',
  'QQ空间',
  '打印',
  '列印',
  '字号',
  '大 中 小',
  '关闭',
  '關閉',
  '收藏',
  '扫一扫',
  '阅读量',
  '我要评论',
  '网友评论',
  '相关阅读',
  '相关新闻',
  '相關新聞',
  '相關閱讀',
  '上一篇',
  '下一篇',
  '纠错',
  '版权所有',
  '版權所有',
  'Copyright',
  '©',
  'ICP',
  '公网安备',
  '联系我们',
  '网站地图',
  '违法和不良信息举报',
  '主办单位',
  '来源：',
  '來源：',
  '责任编辑',
  '責任編輯',
  '发布时间',
  '發佈時間',
  '星期',
  '|',
]

const expectNoFurniture = (parsed: ParsedOldPage, alsoAbsent: string[] = []) => {
  for (const text of [parsed.title, ...parsed.paragraphs]) {
    for (const word of [...FURNITURE, ...alsoAbsent]) expect(text, `"${word}" left in "${text}"`).not.toContain(word)
  }
}

describe('parseOldPage on pasted portal pages', () => {
  it('reads a page whose meta sits on one line with full-width colons', () => {
    const parsed = parseOldPage(fixture('one-line-meta'))
    expect(parsed).toStrictEqual({
      title: '永安副市长走进安贞堡直播间 一晚带货超百万元',
      publishedAt: '2020-07-09T18:30:00+08:00',
      source: '东南网',
      reporters: ['林晓', '陈立新', '黄建平'],
      responsibleEditor: '郑雅',
      dateline: '东南网7月9日讯',
      paragraphs: [
        '东南网7月9日讯（记者 林晓 通讯员 黄建平）9日晚，永安市常务副市长罗明来到始建于清代的安贞堡，在古堡的天井里架起手机，向网友推介当地的笋干、黄椒酱和竹制品。',
        '直播从晚上7点开始，持续了约两个半小时。据主办方统计，当晚直播间累计观看超过38万人次，成交额达到112万元，不少货品上架几分钟就被抢空。',
        '“以前卖笋干靠客商上门收，价格压得很低。”参与供货的洪田镇农户刘大姐说，这回家里的存货一个晚上就清空了。',
        '据了解，永安今年已组织各类扶贫直播20余场，下一步将把直播带货和消费扶贫专柜结合起来，帮助更多贫困户稳定增收。',
      ],
      script: 'simplified',
    })
    expectNoFurniture(parsed, ['还没有评论', '广告服务'])
  })

  it('reads meta spread over lines with 年月日 dates and a byline, and passes over the kicker', () => {
    const parsed = parseOldPage(fixture('multi-line-meta-kicker'))
    expect(parsed).toStrictEqual({
      title: '荔城区线上线下销售扶贫产品达1438万元',
      publishedAt: '2020-10-31T09:15:00+08:00',
      source: '福建日报',
      reporters: ['吴思远', '蔡文婷'],
      responsibleEditor: '许清',
      dateline: '本报莆田10月30日讯',
      paragraphs: [
        '本报莆田10月30日讯 记者从荔城区扶贫办获悉，为期一个月的消费扶贫月活动日前落下帷幕，全区通过电商平台、展销会和机关食堂认购等渠道，共销售扶贫产品1438万元。',
        '活动期间，荔城区把建档立卡贫困户种植的枇杷干、龙眼干等产品统一编号上架，由区属国有企业负责品控和物流，解决了小农户“有货难出村”的难题。',
        '“过去一户人家几十斤龙眼干，要自己拉到集市上一点点卖。”新度镇一位帮扶干部说，今年统一收购、统一包装以后，每斤价格比往年高出三四元。',
        '荔城区有关负责人表示，下一步将建立长期的产销对接清单，让消费扶贫从“一阵风”变成“常态化”。',
      ],
      script: 'simplified',
    })
    expectNoFurniture(parsed, ['消费扶贫月活动收官', '本报记者 吴思远', '南平举办', '华林路'])
  })

  it('keeps a Traditional-Chinese local portal page in Traditional characters', () => {
    const parsed = parseOldPage(fixture('traditional-fuqing'))
    expect(parsed).toStrictEqual({
      title: '閩寧協作結碩果 福清企業在寧夏建起扶貧車間',
      publishedAt: '2020-09-18T00:00:00+08:00',
      source: '福清僑鄉網',
      reporters: ['陳雅琳'],
      responsibleEditor: '林國榮',
      dateline: '本網訊',
      paragraphs: [
        '本網訊（記者 陳雅琳）記者18日從市協作辦了解到，今年以來，已有6家福清企業在寧夏開設扶貧車間，吸納當地建檔立卡貧困勞動力400多人就近就業。',
        '在固原市原州區的一家服裝加工車間裡，三十多名婦女正在縫製出口訂單。車間負責人是福清人，他說，工人在家門口上班，既能照顧老人孩子，每月還能拿到兩千多元工資。',
        '福清與寧夏的對口協作已持續多年。今年，兩地還把勞務協作、產業協作和人才交流打包推進，福清派出的支教老師和醫生也在當地紮下了根。',
      ],
      script: 'traditional',
    })
    expectNoFurniture(parsed, ['僑鄉動態', '閩寧鎮的蘑菇', '福清援寧幹部', '編輯：'])
  })

  it('reads a Traditional page with 年月日 meta on separate lines, 責任編輯 and a kicker', () => {
    const parsed = parseOldPage(fixture('traditional-kicker-years'))
    expect(parsed).toStrictEqual({
      title: '赤溪村民宿主：在家門口就能掙錢',
      publishedAt: '2020-06-12T10:20:00+08:00',
      source: '東南網',
      reporters: ['鄭曉虹', '雷福生'],
      responsibleEditor: '蘇靜',
      dateline: '東南網6月12日訊',
      paragraphs: [
        '東南網6月12日訊（記者 鄭曉虹 通訊員 雷福生）端午假期臨近，福鼎市磻溪鎮赤溪村的民宿預訂量明顯回升。記者走訪發現，村裡新開的十多家民宿，經營者大多是近兩年返鄉的年輕人。',
        '28歲的畲族姑娘小雷曾在廈門做了六年導遊，去年把自家老屋改成了有六間客房的民宿。她說，村裡的路通了、景區熱起來了，回家創業反而比在外打工心裡更踏實。',
        '為了讓返鄉青年留得住，赤溪村還與當地旅遊公司合作，統一培訓服務標準、統一在網上推廣，遊客在手機上就能預訂住宿和畲家宴。',
      ],
      script: 'traditional',
    })
    expectNoFurniture(parsed, ['中國扶貧第一村', '白茶飄香', '不得轉載', '作者：'])
  })

  it('finds the title above the breadcrumb and stops at the related-reading list', () => {
    const parsed = parseOldPage(fixture('title-above-breadcrumb'))
    expect(parsed).toStrictEqual({
      title: '下党乡“私人订制”茶园再迎认购热 今年已认领茶园320亩',
      publishedAt: '2020-04-22T16:05:00+08:00',
      source: '闽东日报',
      reporters: ['叶青禾', '王欣然'],
      responsibleEditor: '缪晓东',
      dateline: '闽东日报讯',
      paragraphs: [
        '闽东日报讯（通讯员 王欣然）眼下正是春茶采摘季，寿宁县下党乡的茶山上一派忙碌。记者从乡里了解到，今年以来，通过线上认购的“定制茶园”已达320亩，认购者来自全国20多个省份。',
        '所谓“定制茶园”，是由认购者出资认领一块茶园，茶园交给当地茶农按有机标准管护，采制的茶叶标注认购者姓名后寄出。茶农除了领取管护费，还能从茶叶销售中分红。',
        '今年受疫情影响，下党乡把认购活动全部搬到线上，通过短视频和直播展示茶园实景，认购者在手机上就能看到“自家”茶树的长势。',
        '“去年我家管护的12亩茶园，收入比自己种茶多了一倍多。”下党村茶农王大伯说。',
      ],
      script: 'simplified',
    })
    expectNoFurniture(parsed, ['高山茶迎来开采季', '消费扶贫集市', '一片叶子富了', '朋友圈'])
  })

  it('reads a wire story: 新华社…电 dateline, 作者 field and a closing editor credit', () => {
    const parsed = parseOldPage(fixture('wire-dateline'))
    expect(parsed).toStrictEqual({
      title: '从“贫困第一村”到“旅游明星村”——赤溪村的脱贫路',
      publishedAt: '2020-05-18T10:42:16+08:00',
      source: '新华网',
      reporters: ['郑思明', '刘岚'],
      responsibleEditor: '杨帆',
      dateline: '新华社福州5月17日电',
      paragraphs: [
        '新华社福州5月17日电（记者郑思明、刘岚）初夏时节，福鼎市磻溪镇赤溪村的溪边步道上游人不断，村口的民宿和农家乐家家客满。很难想象，这个畲族村曾经连一条像样的公路都没有。',
        '上世纪八十年代，赤溪村下山溪自然村的贫困状况引起广泛关注。此后几十年里，当地先后推进整村搬迁、修路架桥和产业培育，村民逐步告别了“挑担走山路”的日子。',
        '如今，赤溪村依托山水资源发展乡村旅游，开发白茶、竹制品等特色产品。村党支部书记介绍，2019年全村村民人均可支配收入已超过两万元，不少外出务工的年轻人回到村里创业。',
      ],
      script: 'simplified',
    })
    expectNoFurniture(parsed, ['带火山区民宿', 'All Rights Reserved', '作者：'])
  })

  it('keeps image captions and the 链接 box, ignores the date bar and drops the heavy footer', () => {
    const parsed = parseOldPage(fixture('captions-link-footer'))
    expect(parsed).toStrictEqual({
      title: '山海携手二十四载 闽宁协作再结“致富果”',
      publishedAt: '2020-12-10T00:00:00+08:00',
      source: '福建日报',
      reporters: ['何静怡', '潘禹'],
      responsibleEditor: '陈舒',
      dateline: '本报讯',
      paragraphs: [
        '本报讯（记者 何静怡 实习生 潘禹）从闽宁镇的菌菇大棚到西海固的扶贫车间，福建与宁夏的对口协作今年又交出一份新答卷：截至11月底，福建企业今年在宁夏新增投资项目40多个，带动数千名贫困群众就业。',
        '▲ 在闽宁镇的一处菌菇种植基地，工人正在采收双孢菇。何静怡 摄',
        '今年，两省区把协作重点放在稳就业和产业帮扶上。福建在宁夏援建的扶贫车间，大多开在移民安置区附近，让搬迁群众“出门就能上班”。',
        '图为福建援宁干部在固原市一处扶贫车间了解生产情况。（资料图）',
        '不少闽商还把销售渠道带到了宁夏。借助福建的电商平台，宁夏的枸杞、滩羊肉和冷凉蔬菜进入东南沿海市场，今年以来销售额同比明显增长。',
        '【链接】',
        '闽宁协作始于1996年。二十多年来，两省区建立起联席会议、干部挂职和结对帮扶等机制，闽宁镇也从当年的一片戈壁滩，发展成为拥有数万人口的移民小镇。',
      ],
      script: 'simplified',
    })
    expectNoFurniture(parsed, ['手机看新闻', '未经授权', '广告服务'])
  })

  it('copes with blank lines, tabs, trailing spaces, ASCII colons and a bracketed closing credit', () => {
    const parsed = parseOldPage(fixture('messy-whitespace'))
    expect(parsed).toStrictEqual({
      title: '永安：直播间里卖出“山货”新销路',
      publishedAt: '2020-07-10T08:02:00+08:00',
      source: '三明日报',
      reporters: ['邓一鸣', '罗佳'],
      responsibleEditor: '黄丽',
      dateline: '本报讯',
      paragraphs: [
        '本报讯 (记者 邓一鸣) 7月9日晚，永安市在安贞堡举办扶贫产品直播推介会，市领导化身“主播”，与网红达人一起推介当地土特产。',
        '直播间里，笋干、红菇和竹编小件最受欢迎。 主办方介绍，当晚参与供货的合作社和农户有30多家，其中不少是建档立卡贫困户。',
        '有网友在评论区留言说，看了直播才知道永安有这么多好东西，还想找时间去安贞堡走一走。',
      ],
      script: 'simplified',
    })
    expectNoFurniture(parsed, ['\t', '  ', '编辑:', '县域'])
    for (const text of [parsed.title, ...parsed.paragraphs]) expect(text).toBe(text.trim())
  })
})

describe('parseOldPage on thin or broken input', () => {
  const nothing: ParsedOldPage = {
    title: '',
    publishedAt: null,
    source: null,
    reporters: [],
    responsibleEditor: null,
    dateline: null,
    paragraphs: [],
    script: 'simplified',
  }

  it('returns an empty draft for an empty string and for whitespace only', () => {
    expect(parseOldPage('')).toStrictEqual(nothing)
    expect(parseOldPage(' \n\t\r\n\u3000\u3000\n   ')).toStrictEqual(nothing)
  })

  it('returns an empty draft for a page that is all furniture', () => {
    const text = '首页 新闻 财经 体育\n您所在的位置：首页 > 新闻 > 正文\n分享到：微信 微博\n版权所有 东南网'
    expect(parseOldPage(text)).toStrictEqual(nothing)
  })

  it('still finds the title and paragraphs when there is no meta line', () => {
    const text = [
      '首页 新闻 财经 体育 福建',
      '您所在的位置：首页 > 福建 > 正文',
      '下党乡茶园认购持续升温',
      '今年春茶季，不少认购者在线上认领了下党乡的茶园。',
      '茶农说，管护费和分红让家里的收入稳当了许多。',
      '版权所有 东南网',
    ].join('\n')
    expect(parseOldPage(text)).toStrictEqual({
      ...nothing,
      title: '下党乡茶园认购持续升温',
      paragraphs: ['今年春茶季，不少认购者在线上认领了下党乡的茶园。', '茶农说，管护费和分红让家里的收入稳当了许多。'],
    })
  })

  it('takes the title from above the breadcrumb when there is no meta and the line below is prose', () => {
    const text = '赤溪村的民宿旺季\n首页 > 宁德 > 正文\n五一假期，赤溪村的民宿几乎天天客满。\n村民说，游客越来越多了。'
    expect(parseOldPage(text)).toStrictEqual({
      ...nothing,
      title: '赤溪村的民宿旺季',
      paragraphs: ['五一假期，赤溪村的民宿几乎天天客满。', '村民说，游客越来越多了。'],
    })
  })

  it('reads a body that opens with a date as prose, not as meta', () => {
    const text =
      '闽宁协作座谈会在福州召开\n来源：福建日报\n2020年11月5日，闽宁协作座谈会在福州召开。\n会议总结了今年的协作成果。'
    expect(parseOldPage(text)).toStrictEqual({
      ...nothing,
      title: '闽宁协作座谈会在福州召开',
      source: '福建日报',
      paragraphs: ['2020年11月5日，闽宁协作座谈会在福州召开。', '会议总结了今年的协作成果。'],
    })
  })

  it('detects a Traditional page even without meta, and keeps its script', () => {
    const parsed = parseOldPage('荔城區扶貧產品銷售創新高\n線上線下銷售額達到1438萬元。')
    expect(parsed.script).toBe('traditional')
    expect(parsed.title).toBe('荔城區扶貧產品銷售創新高')
    expect(parsed.paragraphs).toEqual(['線上線下銷售額達到1438萬元。'])
  })
})
