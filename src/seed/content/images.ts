import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

import { context, covers, type Tally } from './helpers'

const W = 1600
const H = 900

/** A wavy band from height `y` down to the bottom edge: hills, dunes, terraces. */
const ridge = (y: number, amp: number, period: number, phase: number, fill: string, opacity = 1) => {
  const points: string[] = []
  for (let x = 0; x <= W; x += 40) {
    const dy = amp * Math.sin(x / period + phase) + (amp / 2) * Math.sin(x / (period / 2.7) + phase * 2)
    points.push(`${x},${Math.round(y + dy)}`)
  }
  return `<polygon points="${points.join(' ')} ${W},${H} 0,${H}" fill="${fill}" fill-opacity="${opacity}"/>`
}

const sun = (cx: number, cy: number, r: number, fill: string) =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`

const tree = (x: number, base: number, size: number, fill: string) =>
  `<polygon points="${x},${base - size * 2} ${x - size},${base} ${x + size},${base}" fill="${fill}"/>`

const bowl = (cx: number, cy: number, r: number, fill: string, food: string) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${r * 0.35}" fill="${food}"/>` +
  `<path d="M${cx - r},${cy} A${r},${r * 0.8} 0 0 0 ${cx + r},${cy} Z" fill="${fill}"/>`

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

/** Shapes and gradients only: the server that renders them may have no CJK fonts, so no text is drawn. */
const scene = (sky: [string, string], ...shapes: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/>` +
  `<stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>` +
  `<rect width="${W}" height="${H}" fill="url(#sky)"/>${shapes.join('')}</svg>`

const DEMO_IMAGES = {
  anzhenFort: {
    alt: '夕阳下山间土堡的示意插画',
    caption: '永安安贞堡，“福建足迹·直播带货行”永安站主直播间所在地（示意图）',
    svg: () =>
      scene(
        ['#f6c28b', '#fbe8d3'],
        sun(1240, 230, 90, '#f59e4b'),
        ridge(430, 50, 260, 0.4, '#8aa37b'),
        `<rect x="520" y="380" width="560" height="260" rx="18" fill="#a8743f"/>`,
        `<polygon points="490,390 800,290 1110,390" fill="#5b3a22"/>`,
        `<path d="M760,640 v-90 a40,40 0 0 1 80,0 v90 Z" fill="#3f2716"/>`,
        ...range(6).map((i) => `<rect x="${570 + i * 85}" y="440" width="34" height="44" fill="#3f2716"/>`),
        ridge(640, 30, 320, 1.2, '#4f7a4a'),
      ),
  },
  harvest: {
    alt: '木盘里红黄辣椒与一束米粉的示意插画',
    caption: '永安黄椒、淮南米粉、手剥笋等老区特色农产品（示意图）',
    svg: () =>
      scene(
        ['#fff4e0', '#f3d9b1'],
        `<rect x="0" y="620" width="${W}" height="280" fill="#c8925a"/>`,
        `<ellipse cx="560" cy="600" rx="360" ry="120" fill="#9b6a35"/>`,
        ...range(14).map((i) =>
          sun(330 + (i % 7) * 75, 540 + Math.floor(i / 7) * 60, 34, i % 3 ? '#e8b220' : '#d8452f'),
        ),
        ...range(12).map((i) => `<rect x="${1040 + i * 14}" y="330" width="6" height="330" rx="3" fill="#fbf7ee"/>`),
        `<rect x="1020" y="470" width="210" height="34" rx="8" fill="#b8232f"/>`,
      ),
  },
  putianTable: {
    alt: '木桌上几碗地方小吃的示意插画',
    caption: '荔城扁食、兴化米粉、兴化豆腐皮等地方风味（示意图）',
    svg: () =>
      scene(
        ['#fde7d8', '#f7cfb6'],
        `<rect x="0" y="520" width="${W}" height="380" fill="#8b5a3c"/>`,
        bowl(380, 600, 170, '#f4f1ea', '#f2dca8'),
        bowl(800, 640, 190, '#2f5d8a', '#efe6cf'),
        bowl(1220, 600, 160, '#f4f1ea', '#d9b46a'),
        ...range(5).map((i) => `<rect x="${1080 + i * 50}" y="770" width="36" height="90" rx="6" fill="#c99a54"/>`),
      ),
  },
  teaTerraces: {
    alt: '层层叠叠绿色茶园的示意插画',
    caption: '寿宁县下党乡的高山茶园（示意图）',
    svg: () =>
      scene(
        ['#cfe8f3', '#eef7f0'],
        ridge(260, 60, 300, 0.2, '#9cc59a'),
        ...range(7).map((i) => ridge(360 + i * 80, 26, 240, i * 0.5, i % 2 ? '#3f8a4f' : '#5aa363')),
      ),
  },
  forest: {
    alt: '成片杉木林与远山的示意插画',
    caption: '闽北林区，顺昌“森林生态银行”让分散的林木集中经营（示意图）',
    svg: () =>
      scene(
        ['#d9ecf2', '#f3f8f1'],
        ridge(380, 70, 280, 1.0, '#88b08a'),
        ...range(22).map((i) =>
          tree(40 + i * 72, 760 - (i % 3) * 40, 60 + (i % 4) * 10, i % 2 ? '#2f6b3c' : '#3d7f47'),
        ),
        ridge(760, 20, 200, 0.3, '#2a5a33'),
      ),
  },
  village: {
    alt: '溪流旁山村房屋的示意插画',
    caption: '闽东山村的新面貌（示意图）',
    svg: () =>
      scene(
        ['#bfe0f0', '#eaf5f7'],
        ridge(330, 60, 260, 2.1, '#7fae80'),
        ...range(6).map(
          (i) =>
            `<rect x="${200 + i * 200}" y="${470 - (i % 2) * 40}" width="140" height="110" fill="#f5efe4"/>` +
            `<polygon points="${185 + i * 200},${480 - (i % 2) * 40} ${270 + i * 200},${410 - (i % 2) * 40} ${355 + i * 200},${480 - (i % 2) * 40}" fill="#5d6b7a"/>`,
        ),
        ridge(640, 24, 220, 0.6, '#6fb0d6'),
        ridge(760, 18, 300, 1.4, '#4c8a4f'),
      ),
  },
  ningxia: {
    alt: '黄土坡与整齐田垄的示意插画',
    caption: '闽宁协作覆盖的宁夏田野（示意图）',
    svg: () =>
      scene(
        ['#f4d9a6', '#fbefd6'],
        sun(300, 200, 80, '#f0a04b'),
        ridge(400, 60, 340, 0.9, '#d9a35b'),
        ridge(520, 40, 300, 2.2, '#c98e45'),
        ...range(9).map(
          (i) => `<rect x="0" y="${620 + i * 30}" width="${W}" height="12" fill="#5f8f3e" fill-opacity="0.85"/>`,
        ),
      ),
  },
  bamboo: {
    alt: '竹林下竹筐里堆着春笋的示意插画',
    caption: '永安竹乡的春笋，手剥笋就近加工（示意图）',
    svg: () =>
      scene(
        ['#e3f1dc', '#f6faf0'],
        ...range(16).map(
          (i) =>
            `<rect x="${60 + i * 98}" y="${80 + (i % 3) * 30}" width="22" height="700" rx="8" fill="${i % 2 ? '#5f9a4c' : '#78b25f'}"/>`,
        ),
        `<rect x="0" y="700" width="${W}" height="200" fill="#a3804f"/>`,
        `<path d="M560,640 h480 l-60,200 h-360 Z" fill="#c79a52"/>`,
        ...range(7).map(
          (i) =>
            `<polygon points="${620 + i * 55},700 ${645 + i * 55},560 ${670 + i * 55},700" fill="${i % 2 ? '#e2c98c' : '#d4b06a'}"/>`,
        ),
      ),
  },
  lotusPond: {
    alt: '荷塘里盛开的白莲与莲蓬的示意插画',
    caption: '建宁莲田，建莲的产地（示意图）',
    svg: () =>
      scene(
        ['#dff0ee', '#f5fbf7'],
        ridge(300, 40, 300, 0.5, '#a9cfa4'),
        `<rect x="0" y="420" width="${W}" height="480" fill="#7fb7b0"/>`,
        ...range(14).map((i) =>
          sun(80 + i * 110, 520 + (i % 3) * 110, 70 + (i % 2) * 20, i % 2 ? '#3f8a55' : '#4f9d5e'),
        ),
        ...range(6).map(
          (i) =>
            `<ellipse cx="${200 + i * 240}" cy="${470 + (i % 2) * 120}" rx="34" ry="46" fill="#fbf6f0"/>` +
            `<ellipse cx="${200 + i * 240}" cy="${470 + (i % 2) * 120}" rx="14" ry="18" fill="#e7d36b"/>`,
        ),
      ),
  },
  loessTerraces: {
    alt: '黄土高原上层层梯田的示意插画',
    caption: '陇中旱塬上的梯田，甘肃通渭（示意图）',
    svg: () =>
      scene(
        ['#dbe7f0', '#f7efe0'],
        sun(1300, 180, 70, '#f3c26b'),
        ...range(9).map((i) => ridge(300 + i * 65, 18, 280, i * 0.35, i % 2 ? '#c8a266' : '#d8b77a')),
      ),
  },
  tianshan: {
    alt: '雪山下平整农田的示意插画',
    caption: '天山北麓的昌吉农田（示意图）',
    svg: () =>
      scene(
        ['#bcd8ef', '#eef5fb'],
        `<polygon points="100,520 420,170 700,520" fill="#8aa0b8"/>`,
        `<polygon points="330,270 420,170 510,270 460,250 420,280 380,250" fill="#ffffff"/>`,
        `<polygon points="520,520 900,120 1280,520" fill="#7c93ad"/>`,
        `<polygon points="800,225 900,120 1000,225 950,205 900,240 850,205" fill="#ffffff"/>`,
        `<rect x="0" y="520" width="${W}" height="380" fill="#9cbf5f"/>`,
        ...range(8).map(
          (i) => `<rect x="0" y="${560 + i * 42}" width="${W}" height="14" fill="#7ea44a" fill-opacity="0.8"/>`,
        ),
      ),
  },
  clinic: {
    alt: '乡镇卫生院门前的示意插画',
    caption: '乡镇卫生院，医保“一站式”结算就在家门口（示意图）',
    svg: () =>
      scene(
        ['#d8ecf7', '#f4f9fc'],
        ridge(420, 40, 300, 1.7, '#a7c9a0'),
        `<rect x="460" y="340" width="680" height="380" fill="#f7f4ee"/>`,
        `<rect x="440" y="310" width="720" height="40" fill="#4b7fa8"/>`,
        `<rect x="760" y="380" width="80" height="24" fill="#2f9e6a"/>`,
        `<rect x="788" y="352" width="24" height="80" fill="#2f9e6a"/>`,
        `<rect x="740" y="560" width="120" height="160" fill="#4b7fa8"/>`,
        ...[500, 610, 920, 1030].map((x) => `<rect x="${x}" y="460" width="70" height="70" fill="#9cc3df"/>`),
        `<rect x="0" y="720" width="${W}" height="180" fill="#c9c2b4"/>`,
      ),
  },
  banner: {
    alt: '红色渐变与金色弧线组成的专题横幅图案',
    caption: '“决战脱贫攻坚 决胜全面小康·福建足迹”专题横幅（示意图）',
    svg: () =>
      scene(
        ['#b8232f', '#7d1020'],
        ...range(5).map(
          (i) =>
            `<path d="M0,${520 + i * 60} C400,${380 + i * 60} 1000,${700 + i * 40} ${W},${460 + i * 60}" stroke="#f2c14e" stroke-width="${10 - i * 1.5}" fill="none" stroke-opacity="0.8"/>`,
        ),
        sun(1320, 220, 120, '#f2c14e'),
        ridge(760, 30, 260, 0.8, '#5e0c18'),
      ),
  },
} satisfies Record<string, { alt: string; caption: string; svg: () => string }>

export type ImageKey = keyof typeof DEMO_IMAGES
export type ImageIds = Record<ImageKey, Media['id']>

const CREDIT = '东南网 制图'
const filenameOf = (key: ImageKey) => `fujian-zuji-${key}.jpg`

/** Draws the demo images and uploads the missing ones; found by filename or alt, so a rerun uploads nothing. */
export const seedImages = async (payload: Payload, tally: Tally): Promise<ImageIds> => {
  const keys = Object.keys(DEMO_IMAGES) as ImageKey[]
  const found = await payload.find({
    collection: 'media',
    where: {
      or: [{ filename: { in: keys.map(filenameOf) } }, { alt: { in: keys.map((key) => DEMO_IMAGES[key].alt) } }],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const ids = {} as ImageIds
  for (const key of keys) {
    const { alt, caption, svg } = DEMO_IMAGES[key]
    const data = { alt, caption, credit: CREDIT }
    const existing = found.docs.find((doc) => doc.filename === filenameOf(key) || doc.alt === alt)
    if (!existing) {
      const buffer = await sharp(Buffer.from(svg())).jpeg({ quality: 82 }).toBuffer()
      const file = { data: buffer, mimetype: 'image/jpeg', name: filenameOf(key), size: buffer.length }
      ids[key] = (await payload.create({ collection: 'media', data, file, overrideAccess: true, context })).id
      tally.created++
      continue
    }
    if (covers(existing, data)) {
      tally.unchanged++
    } else {
      await payload.update({ collection: 'media', id: existing.id, data, overrideAccess: true, context })
      tally.updated++
    }
    ids[key] = existing.id
  }
  return ids
}
