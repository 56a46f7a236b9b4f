import type { Random } from './random'

/**
 * Newsroom prose made from sentence patterns about the campaigns' subjects (poverty relief, rural revitalisation,
 * livestream sales, east–west cooperation), with places, products, people and figures filled in, so bodies differ
 * from each other as real ones do and the search index holds a realistic spread of words. 扶贫 is common on
 * purpose (one of the searches measured); RARE_WORD is written into a fixed few articles only.
 */

export const COMMON_WORD = '扶贫'
export const RARE_WORD = '漆线雕'

const PRODUCTS = [
  '黄椒',
  '米粉',
  '手剥笋',
  '白茶',
  '岩茶',
  '红菇',
  '香菇',
  '银耳',
  '金线莲',
  '蜜柚',
  '芦柑',
  '百香果',
  '龙眼',
  '荔枝',
  '枇杷',
  '杨梅',
  '茉莉花茶',
  '笋干',
  '地瓜干',
  '扁食',
  '豆腐皮',
  '线面',
  '鱼丸',
  '紫菜',
  '海带',
  '鲍鱼',
  '大黄鱼',
  '花生',
  '莲子',
  '槟榔芋',
  '青梅',
  '橄榄',
  '柿饼',
  '番鸭',
  '河田鸡',
  '土蜂蜜',
  '竹编',
  '枸杞',
  '滩羊肉',
  '马铃薯',
] as const

const INDUSTRIES = [
  '茶产业',
  '食用菌产业',
  '乡村旅游',
  '电商物流',
  '林下经济',
  '特色种植',
  '生态养殖',
  '农产品加工',
  '民宿经济',
  '光伏发电',
  '文创产业',
  '竹木加工',
  '海洋渔业',
  '中药材种植',
  '休闲农业',
] as const

const PEOPLE = [
  '林建华',
  '陈秀英',
  '黄志明',
  '王丽娟',
  '吴文斌',
  '郑海燕',
  '张国强',
  '李春梅',
  '刘德福',
  '杨晓东',
  '许美玲',
  '邱永红',
  '罗春生',
  '江丽萍',
  '何建平',
  '马玉兰',
  '蔡宗辉',
  '苏惠芳',
  '曾庆林',
  '谢金凤',
] as const

const ROLES = [
  '驻村第一书记',
  '科技特派员',
  '返乡创业青年',
  '合作社理事长',
  '村党支部书记',
  '电商主播',
  '帮扶干部',
  '种植大户',
] as const

const ACTIONS = [
  '统一收购',
  '订单种植',
  '保底分红',
  '入股经营',
  '技术托管',
  '品牌共建',
  '线上直销',
  '冷链配送',
] as const

const PATTERNS = [
  '{place}把{industry}作为{common}产业的主攻方向，带动{n}户群众稳定增收。',
  '去年以来，{place}{product}种植面积扩大到{n}亩，亩均收入提高{pct}%。',
  '{role}{person}带着村民成立合作社，通过{action}的方式，让{product}卖出了好价钱。',
  '直播间里，主播一边品尝{product}，一边向网友介绍产地和吃法，两个小时成交{n}单。',
  '“以前{product}卖不出去，现在订单排到了下个月。”{person}笑着说。',
  '{place}与宁夏对口地区签订协作协议，在{industry}、劳务输出等方面开展合作。',
  '近年来，{place}累计投入{common}资金{n}万元，实施产业项目{m}个。',
  '截至{year}年底，全县建档立卡贫困户全部脱贫，村集体经济收入均超过{n}万元。',
  '为解决销售难题，当地搭建电商服务站{m}个，培训农村电商人才{n}人次。',
  '{person}是{place}的{role}，扎根基层{m}年，走遍了全村每一户。',
  '从“输血”到“造血”，{place}探索出一条{industry}带动群众致富的新路子。',
  '在东西部协作中，福建和宁夏两地互派干部{m}名，共建产业园区{m}个。',
  '{product}加工车间里，工人们正忙着分拣、包装，产品将通过冷链发往全国各地。',
  '当地推行“合作社+农户+电商”模式，{action}让农户吃下了定心丸。',
  '专题直播吸引{n}万人次在线观看，带动{product}等特色农产品销售{m}万元。',
  '乡村振兴离不开人才，{place}每年引进培养各类人才{n}名。',
  '{person}说，{common}不仅要脱贫，更要让群众过上好日子。',
  '村里修通了产业路，建起了冷库，{product}保鲜期延长了{m}倍。',
  '{place}整合旅游资源，打造精品线路{m}条，年接待游客{n}万人次。',
  '对照“两不愁三保障”标准，工作队逐户核查，确保不漏一户、不落一人。',
  '新建的光伏电站每年可为村集体增加收入{n}万元，收益用于公益岗位和困难群众帮扶。',
  '“{product}+文旅”的融合发展，让昔日的贫困村变成了网红打卡地。',
  '据统计，{year}年{place}农村居民人均可支配收入达到{n}元，同比增长{pct}%。',
  '{role}{person}的故事在网上传开后，不少网友留言为他们点赞。',
  '依托{industry}，{place}带动周边{m}个村、{n}名群众在家门口就业。',
  '直播带货不是一播了之，还要在品控、物流、售后上下功夫。',
  '帮扶队员白天下地，晚上整理台账，一年下来记满了{m}本工作日志。',
  '记者在{place}采访时看到，家家户户的院子里晒满了{product}。',
  '{place}探索“企业+基地+农户”的利益联结机制，群众人均增收{n}元。',
  '这场直播由县领导和网站主播同台推介，{product}、{product2}等产品被抢购一空。',
  '为巩固拓展{common}成果，当地建立防止返贫动态监测和帮扶机制。',
  '宁夏{product2}走进福建超市，福建{product}也在宁夏找到了市场。',
  '一位网友在评论区写道：“买的不只是{product}，更是一份心意。”',
  '合作社负责人{person}介绍，今年的{product}产量比去年增加了{pct}%。',
  '产业兴旺是乡村振兴的重点，{place}正在谋划建设{industry}示范基地。',
  '{year}年，{place}入选全省乡村振兴试点，获得专项资金支持{n}万元。',
] as const

const TITLES = [
  '{place}：{product}产业带动{n}户群众增收',
  '{place}{industry}跑出乡村振兴“加速度”',
  '直播间里的{product}：{place}特色农产品走向全国',
  '{role}{person}：把{common}工作做到群众心坎上',
  '闽宁协作结硕果 {place}{product}走俏市场',
  '{place}：小{product}撬动大产业',
  '{year}年{place}{common}工作综述',
  '一场直播卖出{m}万元 {place}{product}“出圈”',
  '{place}推进{industry}提质增效',
  '从贫困村到示范村：{place}的{m}年蝶变',
] as const

const fill = (random: Random, pattern: string, place: string, year: number) =>
  pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'place':
        return place
      case 'product':
      case 'product2':
        return random.pick(PRODUCTS)
      case 'industry':
        return random.pick(INDUSTRIES)
      case 'person':
        return random.pick(PEOPLE)
      case 'role':
        return random.pick(ROLES)
      case 'action':
        return random.pick(ACTIONS)
      case 'common':
        return random.chance(0.6) ? COMMON_WORD : '帮扶'
      case 'year':
        return String(year)
      case 'n':
        return String(random.int(12, 9800))
      case 'm':
        return String(random.int(2, 60))
      case 'pct':
        return String(random.int(5, 85))
      default:
        return slot
    }
  })

export const title = (random: Random, place: string, year: number) => fill(random, random.pick(TITLES), place, year)

/** Paragraphs of three to six sentences until the body holds between `min` and `max` characters. */
export const paragraphs = (random: Random, place: string, year: number, min: number, max: number, rare = false) => {
  const target = random.int(min, max)
  const result: string[] = []
  let length = 0
  while (length < target) {
    const sentences = Array.from({ length: random.int(3, 6) }, () => fill(random, random.pick(PATTERNS), place, year))
    if (rare && result.length === 1) sentences.push(`当地还展示了${RARE_WORD}等非遗手艺，吸引不少游客驻足。`)
    let paragraph = sentences.join('')
    if (length + paragraph.length > max) paragraph = paragraph.slice(0, Math.max(max - length, 40))
    result.push(paragraph)
    length += paragraph.length
  }
  return result
}

export const summary = (random: Random, place: string, year: number) =>
  fill(random, random.pick(PATTERNS), place, year) + fill(random, random.pick(PATTERNS), place, year)

export const reporters = (random: Random) => random.some(PEOPLE, random.int(1, 2))

export const productName = (random: Random) => random.pick(PRODUCTS)

export const personName = (random: Random) => random.pick(PEOPLE)
