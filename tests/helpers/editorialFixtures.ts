import type { Payload } from 'payload'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import type { Cast } from './seedUsers'
import { pngImage } from './files'

const context = { disableRevalidate: true }

/** What an article needs to be publishable: a region, an image with alt text, an editor. */
export const publishables = async (payload: Payload, cast: Cast) => {
  const region = await payload.create({
    collection: 'regions',
    data: { code: '350481', name: '永安市', level: 'county' },
    context,
  })
  const buffer = await pngImage(800, 450)
  const image = await payload.create({
    collection: 'media',
    data: { alt: '安贞堡直播现场', caption: '直播现场', credit: '东南网 摄' },
    file: { data: buffer, mimetype: 'image/png', name: 'anzhenbao.png', size: buffer.length },
    context,
  })
  return {
    region,
    image,
    completeArticle: (title: string) => ({
      title,
      summary: '永安市在安贞堡举行直播带货活动。',
      body: lexicalParagraphs(['东南网7月9日讯 永安市举行直播带货活动。']) as never,
      source: '东南网',
      responsibleEditor: cast.users.editor.id,
      regions: [region.id],
      heroImage: image.id,
    }),
  }
}

const DAY = 24 * 60 * 60 * 1000

/** A campaign whose call for cases opened yesterday and closes tomorrow, with the default ranking weights. */
export const openCaseCallCampaign = (payload: Payload, createContext?: Record<string, unknown>) =>
  payload.create({
    collection: 'campaigns',
    data: {
      name: '福建足迹',
      year: 2020,
      caseCall: {
        expertWeight: 70,
        voteWeight: 30,
        submissionOpens: new Date(Date.now() - DAY).toISOString(),
        submissionCloses: new Date(Date.now() + DAY).toISOString(),
      },
    },
    context: createContext,
  })
