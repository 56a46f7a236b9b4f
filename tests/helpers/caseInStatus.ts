import type { Payload } from 'payload'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import type { publishables } from './editorialFixtures'

type Id = number | string

/**
 * A complete case of unit `organization` already moved to `status` by the workflow, as the transition endpoint would
 * have left it; `extra` sets any other field. Each call gets a title of its own.
 */
export const caseInStatus = (
  payload: Payload,
  {
    campaign,
    fixtures,
    organization,
    status,
    extra = {},
  }: {
    campaign: Id
    fixtures: Awaited<ReturnType<typeof publishables>>
    organization: Id
    status: string
    extra?: Record<string, unknown>
  },
) =>
  payload.create({
    collection: 'case-submissions',
    // The generated types name SQLite's numeric ids; PostgreSQL's are strings
    data: {
      campaign: campaign as never,
      title: `茶园认购带动增收 ${Math.random().toString(36).slice(2, 8)}`,
      type: '创新模式',
      region: fixtures.region.id,
      organization: organization as never,
      summary: '下党乡推行茶园认购，订单农业带动农户增收。',
      body: lexicalParagraphs(['下党乡把茶园交给城里人认购。']) as never,
      photos: [fixtures.image.id],
      status: status as never,
      ...extra,
    },
    context: { caseTransition: true },
  })
