import type { Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import type { Region } from '@/payload-types'

import { context, covers, type Tally } from './helpers'

type Versioned = 'articles' | 'livestream-events' | 'topics' | 'pairing-aids'

/** What the seed writes into a published document: the create data plus the slug it is found by. */
export type Seed<S extends Versioned> = RequiredDataFromCollectionSlug<S> & { slug: string }

type Doc = { id: number; slug?: string | null }

/** One collection's find, create and update, typed for it (Payload's update cannot be called generically). */
type Store<D extends Doc, In> = {
  find: (where: Where) => Promise<D[]>
  create: (data: In) => Promise<D>
  update: (id: number, data: In) => Promise<D>
}

const read = { pagination: false, depth: 0, overrideAccess: true } as const
const publish = { overrideAccess: true, context, depth: 0, draft: false } as const

export const stores = (payload: Payload) => ({
  articles: {
    find: async (where: Where) => (await payload.find({ collection: 'articles', where, ...read })).docs,
    create: (data: Seed<'articles'>) => payload.create({ collection: 'articles', data, ...publish }),
    update: (id: number, data: Seed<'articles'>) => payload.update({ collection: 'articles', id, data, ...publish }),
  },
  events: {
    find: async (where: Where) => (await payload.find({ collection: 'livestream-events', where, ...read })).docs,
    create: (data: Seed<'livestream-events'>) => payload.create({ collection: 'livestream-events', data, ...publish }),
    update: (id: number, data: Seed<'livestream-events'>) =>
      payload.update({ collection: 'livestream-events', id, data, ...publish }),
  },
  topics: {
    find: async (where: Where) => (await payload.find({ collection: 'topics', where, ...read })).docs,
    create: (data: Seed<'topics'>) => payload.create({ collection: 'topics', data, ...publish }),
    update: (id: number, data: Seed<'topics'>) => payload.update({ collection: 'topics', id, data, ...publish }),
  },
  pairings: {
    find: async (where: Where) => (await payload.find({ collection: 'pairing-aids', where, ...read })).docs,
    create: (data: Seed<'pairing-aids'>) => payload.create({ collection: 'pairing-aids', data, ...publish }),
    update: (id: number, data: Seed<'pairing-aids'>) =>
      payload.update({ collection: 'pairing-aids', id, data, ...publish }),
  },
})

/**
 * Creates or updates documents by slug, found in one query. A document that already holds the data is left alone,
 * so a rerun neither writes nor adds a version.
 */
export const upsertBySlug = async <D extends Doc, In extends { slug: string }>(
  store: Store<D, In>,
  seeds: In[],
  tally: Tally,
): Promise<Map<string, D>> => {
  const found = await store.find({ slug: { in: seeds.map((seed) => seed.slug) } })
  const bySlug = new Map(found.map((doc) => [String(doc.slug), doc]))
  for (const data of seeds) {
    const existing = bySlug.get(data.slug)
    if (!existing) {
      bySlug.set(data.slug, await store.create(data))
      tally.created++
    } else if (covers(existing, data)) {
      tally.unchanged++
    } else {
      bySlug.set(data.slug, await store.update(existing.id, data))
      tally.updated++
    }
  }
  return bySlug
}

/** The campaign has no slug of its own choosing to rely on: it is found by name and year. */
export const upsertCampaign = async (
  payload: Payload,
  data: RequiredDataFromCollectionSlug<'campaigns'>,
  tally: Tally,
) => {
  const found = await payload.find({
    collection: 'campaigns',
    where: { and: [{ name: { equals: data.name } }, { year: { equals: data.year } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const existing = found.docs[0]
  if (!existing) {
    tally.created++
    return (await payload.create({ collection: 'campaigns', data, overrideAccess: true, context, depth: 0 })).id
  }
  if (covers(existing, data)) {
    tally.unchanged++
  } else {
    await payload.update({ collection: 'campaigns', id: existing.id, data, overrideAccess: true, context, depth: 0 })
    tally.updated++
  }
  return existing.id
}

/** The id of the one document whose `field` equals `value`, if any. */
export const idOf = async (
  payload: Payload,
  collection: 'users' | 'organizations' | 'topics',
  field: string,
  value: string,
): Promise<number | undefined> => {
  const found = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0]?.id
}

/** Every region the content names, fetched in one query; an unknown code is a mistake in the content. */
export const regionLookup = async (payload: Payload, codes: string[]) => {
  const found = await payload.find({
    collection: 'regions',
    where: { code: { in: [...new Set(codes)] } },
    select: { code: true },
    ...read,
  })
  const ids = new Map(found.docs.map((region) => [region.code, region.id]))
  return (code: string): Region['id'] => {
    const id = ids.get(code)
    if (id == null) throw new Error(`Demo content names region ${code}, which is not loaded`)
    return id
  }
}
