import { readerPaths } from '@/fields/livePreview'
import { relationId } from '@/lib/relationId'
import type { Article, CaseSubmission, LivestreamEvent, PairingAid, Topic } from '@/payload-types'

import { blockText } from './blockText'
import { excerptOf } from './excerpt'
import { lexicalText } from './lexicalText'
import type { SearchableCollection } from './searchable'

type Id = number | string
type Relation = Id | { id: Id } | null | undefined

/** What the index keeps of one document; `text` is everything its tokens are made from, title included. */
export type EntrySource = {
  title: string
  path: string
  excerpt: string
  date: string | null
  regions: Id[]
  text: string[]
}

const ids = (values: Relation[] | null | undefined): Id[] =>
  (values ?? []).map((value) => relationId(value as never) as Id | null).filter((id): id is Id => id != null)

type Named = Partial<Record<'name' | 'title' | 'outlet' | 'place' | 'category', string | null>>

/** The words of an event's array rows: studio names and places, hosts and their outlets, guests' offices, products. */
const names = (rows: Named[] | null | undefined): string[] =>
  (rows ?? []).flatMap((row) => [row.name, row.title, row.outlet, row.place, row.category]).filter(Boolean) as string[]

const fromArticle = (doc: Article): EntrySource => {
  const body = lexicalText(doc.body)
  return {
    title: doc.title,
    path: readerPaths.article(String(doc.slug)),
    excerpt: excerptOf(doc.summary || body),
    date: doc.publishedAt ?? null,
    regions: ids(doc.regions),
    text: [doc.title, doc.kicker, doc.summary, doc.dateline, body, doc.source, ...(doc.reporters ?? [])].filter(
      Boolean,
    ) as string[],
  }
}

const fromTopic = (doc: Topic): EntrySource => ({
  title: doc.title,
  path: readerPaths.topic(String(doc.slug)),
  excerpt: excerptOf(doc.intro),
  date: doc.publishedAt ?? null,
  regions: [],
  text: [doc.title, doc.intro ?? '', ...blockText(doc.layout)].filter(Boolean),
})

const fromEvent = (doc: LivestreamEvent): EntrySource => {
  const products = (doc.products ?? []).map((product) => product.name)
  const studio = doc.mainStudio ? `主直播间：${doc.mainStudio}` : ''
  return {
    title: doc.title,
    path: readerPaths.event(String(doc.slug)),
    excerpt: excerptOf([studio, products.length ? `推介产品：${products.join('、')}` : ''].filter(Boolean).join('；')),
    date: doc.startsAt ?? null,
    regions: ids([doc.region as Relation]),
    text: [
      doc.title,
      doc.mainStudio ?? '',
      ...names(doc.branchStudios),
      ...names(doc.hosts),
      ...names(doc.guests),
      ...names(doc.products),
    ].filter(Boolean),
  }
}

const fromCase = (doc: CaseSubmission): EntrySource => {
  const body = lexicalText(doc.body)
  return {
    title: doc.title,
    path: `/cases/${doc.id}`,
    excerpt: excerptOf(doc.summary || body),
    date: doc.createdAt ?? null,
    regions: ids([doc.region as Relation]),
    text: [doc.title, doc.type, doc.summary, body, ...(doc.keyFigures ?? []).map((figure) => figure.label)].filter(
      Boolean,
    ) as string[],
  }
}

/** A pair is found by its title, summary, body and results; the two regions' names come as its regions' words. */
const fromPairing = (doc: PairingAid): EntrySource => {
  const body = lexicalText(doc.body)
  return {
    title: doc.title,
    path: readerPaths.pairing(String(doc.slug)),
    excerpt: excerptOf(doc.summary || body),
    // A directory entry, not a dated story: its last change stands for when it was published
    date: doc.updatedAt ?? null,
    regions: ids([doc.helper, doc.helped] as Relation[]),
    text: [doc.title, doc.summary ?? '', body, ...(doc.highlights ?? []).flatMap((row) => [row.label, row.value])].filter(
      Boolean,
    ),
  }
}

/** The index entry of one document of each searchable collection (region names are added by the caller). */
export const entrySource = (collection: SearchableCollection, doc: Record<string, unknown>): EntrySource => {
  switch (collection) {
    case 'articles':
      return fromArticle(doc as unknown as Article)
    case 'topics':
      return fromTopic(doc as unknown as Topic)
    case 'livestream-events':
      return fromEvent(doc as unknown as LivestreamEvent)
    case 'case-submissions':
      return fromCase(doc as unknown as CaseSubmission)
    case 'pairing-aids':
      return fromPairing(doc as unknown as PairingAid)
  }
}
