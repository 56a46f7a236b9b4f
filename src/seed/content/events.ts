import type { RequiredDataFromCollectionSlug } from 'payload'

import type { Campaign, Region } from '@/payload-types'
import { yuanToFen } from '@/metrics/formatChinese'

import { cst } from './helpers'
import type { ImageIds } from './images'

export type EventSeed = RequiredDataFromCollectionSlug<'livestream-events'> & { slug: string }

export type EventRefs = {
  campaign: Campaign['id']
  regionId: (code: string) => Region['id']
  images: ImageIds
}

export const YONGAN = '350481'
export const LICHENG = '350304'

type Figures = { online: number; offline: number; orders: number; visits?: number; dealers?: number }

/** One "as of" report; amounts in yuan are turned into integer fen here, so totals stay exact. */
const snapshot = (asOf: string, f: Figures, sourceNote: string) => ({
  asOf: cst(asOf),
  visits: f.visits,
  dealerInquiries: f.dealers,
  onlineSalesFen: yuanToFen(f.online),
  offlineSalesFen: yuanToFen(f.offline),
  orderValueFen: yuanToFen(f.orders),
  sourceNote,
})

/** Where the footage and clips went afterwards, each post saying how to buy. */
const channels = (countyCentre: string) => [
  { name: '东南网首页及专题频道' },
  { name: '学习强国福建学习平台' },
  { name: '福建省自媒体联盟' },
  { name: countyCentre },
]

/*
 * The two stops of the 2020 tour. The last snapshot of each carries the reported totals; how they split into
 * online, offline and orders, the earlier snapshots, the start times and the product prices were not reported and
 * are demo values, said so in each sourceNote. Names of officials are not given: guests are listed by office.
 */
export const eventSeeds = ({ campaign, regionId, images }: EventRefs): EventSeed[] => [
  {
    title: '“福建足迹·直播带货行”走进永安',
    slug: 'yongan-2020-07-09',
    _status: 'published',
    campaign,
    region: regionId(YONGAN),
    startsAt: cst('2020-07-09T10:00'),
    endsAt: cst('2020-07-09T12:00'),
    mainStudio: '安贞堡',
    branchStudios: [
      { name: '分会场一', place: '永安市' },
      { name: '分会场二', place: '永安市' },
    ],
    hosts: [{ name: '主播小林', outlet: '东南网' }],
    guests: [{ name: '永安市常务副市长', title: '永安市人民政府' }],
    products: [
      { name: '永安黄椒', category: '农副产品', originRegion: regionId(YONGAN), priceFen: yuanToFen(29.9) },
      { name: '淮南米粉', category: '米面制品', originRegion: regionId(YONGAN), priceFen: yuanToFen(25.8) },
      { name: '手剥笋', category: '山珍干货', originRegion: regionId(YONGAN), priceFen: yuanToFen(19.9) },
    ],
    snapshots: [
      snapshot(
        '2020-07-09T10:30',
        { online: 180_000, offline: 60_000, orders: 0, dealers: 2 },
        '直播间后台实时数据（演示数据）',
      ),
      snapshot(
        '2020-07-09T11:15',
        { online: 420_000, offline: 150_000, orders: 300_000, dealers: 4 },
        '直播间后台实时数据（演示数据）',
      ),
      snapshot(
        '2020-07-09T12:00',
        { online: 760_000, offline: 380_000, orders: 1_200_000, dealers: 6 },
        '直播结束时：6家经销商致电当地卡车生产企业洽谈合作，一家地板品牌销售额超80万元（销售分项为演示数据）',
      ),
      snapshot(
        '2020-07-09T21:00',
        { online: 1_250_000, offline: 950_000, orders: 1_800_000, dealers: 6 },
        '东南网当晚报道：线上线下销售额（含订单）达400万元；线上、线下、订单分项为演示拆分',
      ),
    ],
    replay: { url: 'https://video.example.cn/yongan-2020.mp4' },
    channels: channels('永安市融媒体中心'),
    gallery: [images.anzhenFort, images.harvest],
  },
  {
    title: '“福建足迹·直播带货行”走进莆田荔城',
    slug: 'licheng-2020',
    _status: 'published',
    campaign,
    region: regionId(LICHENG),
    // The coverage gives no date for this stop: the day and hours are demo values
    startsAt: cst('2020-07-24T15:00'),
    endsAt: cst('2020-07-24T17:00'),
    mainStudio: '荔城区主直播间',
    hosts: [{ name: '主播小陈', outlet: '东南网' }],
    guests: [{ name: '荔城区区长', title: '莆田市荔城区人民政府' }],
    products: [
      { name: '西天尾扁食', category: '地方小吃', originRegion: regionId(LICHENG), priceFen: yuanToFen(32) },
      { name: '兴化米粉', category: '米面制品', originRegion: regionId(LICHENG), priceFen: yuanToFen(18.8) },
      { name: '兴化豆腐皮', category: '豆制品', originRegion: regionId(LICHENG), priceFen: yuanToFen(26) },
      { name: '豆腐干', category: '豆制品', originRegion: regionId(LICHENG), priceFen: yuanToFen(15) },
    ],
    snapshots: [
      snapshot(
        '2020-07-24T15:30',
        { visits: 600_000, online: 800_000, offline: 200_000, orders: 2_000_000 },
        '直播平台实时数据（演示数据）',
      ),
      snapshot(
        '2020-07-24T17:00',
        { visits: 1_700_000, online: 1_900_000, offline: 900_000, orders: 6_500_000 },
        '直播结束时平台数据（演示数据）',
      ),
      snapshot(
        '2020-07-24T20:00',
        { visits: 3_000_000, online: 2_680_000, offline: 1_700_000, orders: 10_000_000 },
        '截至20时：平台访问量超300万人次，销售总额（含订单）1438万元；线上、线下、订单分项为演示拆分',
      ),
    ],
    replay: { url: 'https://video.example.cn/licheng-2020.mp4' },
    channels: channels('荔城区融媒体中心'),
    gallery: [images.putianTable, images.harvest],
  },
]
