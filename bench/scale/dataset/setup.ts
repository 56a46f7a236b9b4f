import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Id } from '@/import/bulk/writeDocuments'
import { DEMO_EMAIL_DOMAIN } from '@/startup/demoAccounts'

import type { Random } from './random'

/**
 * The few hundred documents everything else points at, made through the Local API with every hook (there are few of
 * them, and images need Payload's upload handling): units, reviewers, images, a campaign and topic per half-year.
 */

const context = { disableRevalidate: true, disableNotifications: true }

export type Region = { id: Id; code: string; name: string; level: string }

export type Setup = {
  regions: Region[]
  organizations: Id[]
  reviewers: Id[]
  editors: Id[]
  images: Id[]
  campaigns: { id: Id; year: number; topic: Id }[]
}

const DEPARTMENTS = [
  '人民政府办公室',
  '农业农村局',
  '乡村振兴局',
  '商务局',
  '文化和旅游局',
  '林业局',
  '融媒体中心',
  '供销合作社',
] as const

/** Fujian's cities and counties: where the newsroom's stories happen. */
const fujianRegions = async (payload: Payload): Promise<Region[]> => {
  const { docs } = await payload.find({
    collection: 'regions',
    where: { level: { in: ['city', 'county'] } },
    select: { code: true, name: true, level: true },
    pagination: false,
    depth: 0,
  })
  const regions = docs
    .filter((region) => region.code.startsWith('35'))
    .map((region) => ({ id: region.id, code: region.code, name: region.name, level: region.level }))
  if (regions.length === 0) throw new Error('no Fujian regions: the demo seed loads them first')
  return regions
}

/** Submitting units across the province, named after their county and department (the demo's own are kept). */
const organizations = async (payload: Payload, regions: Region[], count: number) => {
  const { docs: existing } = await payload.find({
    collection: 'organizations',
    select: { name: true },
    pagination: false,
    depth: 0,
  })
  const taken = new Set(existing.map((unit) => unit.name))
  const ids: Id[] = []
  for (let index = 0; ids.length < count; index++) {
    const region = regions[index % regions.length]
    const department = DEPARTMENTS[Math.floor(index / regions.length) % DEPARTMENTS.length]
    const round = Math.floor(index / (regions.length * DEPARTMENTS.length))
    const name = `${region.name}${department}${round > 0 ? `（${round + 1}）` : ''}`
    if (taken.has(name)) continue
    const created = await payload.create({
      collection: 'organizations',
      data: { name, kind: 'local-government', region: region.id as number, approval: 'approved' },
      context,
      depth: 0,
    })
    ids.push(created.id)
  }
  return ids
}

const staff = async (payload: Payload, roles: ('reviewer' | 'editor')[], count: number, password: string) => {
  const ids: Id[] = []
  for (let index = 1; index <= count; index++) {
    const role = roles[0]
    const created = await payload.create({
      collection: 'users',
      data: {
        email: `bench-${role}-${index}${DEMO_EMAIL_DOMAIN}`,
        name: `${role === 'reviewer' ? '评审' : '编辑'}${index}号`,
        roles,
        password,
      },
      context,
      depth: 0,
    })
    ids.push(created.id)
  }
  return ids
}

/** Plain gradient pictures, drawn without text (the machine may lack CJK fonts). */
const images = async (payload: Payload, random: Random, count: number) => {
  const ids: Id[] = []
  for (let index = 0; index < count; index++) {
    const hue = random.int(0, 359)
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><defs><linearGradient id="g" x1="0" y1="0" ` +
      `x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/>` +
      `<stop offset="1" stop-color="hsl(${(hue + 80) % 360},50%,35%)"/>` +
      `</linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/>` +
      `<circle cx="${random.int(200, 1000)}" cy="${random.int(150, 500)}" r="${random.int(60, 160)}" ` +
      `fill="hsl(${hue},70%,85%)"/></svg>`
    const data = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
    const created = await payload.create({
      collection: 'media',
      data: { alt: `专题配图（第${index + 1}幅）`, caption: '示意图', credit: '东南网' },
      file: { data, mimetype: 'image/jpeg', name: `bench-${index + 1}.jpg`, size: data.length },
      context,
      depth: 0,
    })
    ids.push(created.id)
  }
  return ids
}

/** Two campaigns a year, each with its special-report page, over the years the articles cover. */
const campaignsAndTopics = async (payload: Payload, years: number[]) => {
  const made: Setup['campaigns'] = []
  for (const year of years) {
    for (const [half, theme] of [
      [1, '乡村振兴'],
      [2, '直播助农'],
    ] as const) {
      const campaign = await payload.create({
        collection: 'campaigns',
        data: { name: `${year}年“${theme}”主题宣传（${half === 1 ? '上' : '下'}半年）`, year, series: '福建影响力' },
        context,
        depth: 0,
      })
      const topic = await payload.create({
        collection: 'topics',
        data: {
          title: `${year}${theme}专题`,
          campaign: campaign.id,
          intro: `${year}年${theme}主题报道汇总。`,
          layout: [{ blockType: 'articleList', heading: '专题报道', filter: 'topic', limit: 8 }],
          _status: 'published',
        },
        context,
        depth: 0,
        draft: false,
      })
      made.push({ id: campaign.id, year, topic: topic.id })
    }
  }
  return made
}

export const setUp = async (
  payload: Payload,
  random: Random,
  { years, password, units }: { years: number[]; password: string; units: number },
): Promise<Setup> => {
  const regions = await fujianRegions(payload)
  return {
    regions,
    organizations: await organizations(payload, regions, units),
    reviewers: await staff(payload, ['reviewer'], 30, password),
    editors: await staff(payload, ['editor'], 8, password),
    images: await images(payload, random, 40),
    campaigns: await campaignsAndTopics(payload, years),
  }
}
