import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { topicBlocks } from '@/blocks/topicBlocks'
import { missingForPublish } from '@/workflow/publishGuard'

import { loginAs } from '../helpers/loginAs'
import { restClient } from '../helpers/rest'
import { SEED_PASSWORD as password, startSeededDemo } from '../helpers/seededDemo'
import type { TestApp } from '../helpers/startPayload'

let app: TestApp

beforeAll(async () => {
  app = await startSeededDemo()
})
afterAll(() => app?.close())

describe('the demo seed', () => {
  it('creates the six demo accounts, each able to log in, submitters in units A and B', async () => {
    const rest = restClient(app.config)
    for (const who of ['admin', 'editor', 'reviewer', 'reviewer2', 'submitter', 'submitter2']) {
      expect(await loginAs(rest, `${who}@demo.local`, password)).toBeTruthy()
    }
    const submitters = await app.payload.find({
      collection: 'users',
      where: { roles: { contains: 'submitter' } },
      pagination: false,
      depth: 1,
    })
    const unitOf = Object.fromEntries(submitters.docs.map((u) => [u.email, (u.organization as { name: string }).name]))
    expect(unitOf).toMatchObject({
      'submitter@demo.local': '永安市人民政府办公室',
      'submitter2@demo.local': '寿宁县下党乡人民政府',
    })
    // Every unit with cases has its own submitter, and no two submitters share a unit
    expect(new Set(Object.values(unitOf)).size).toBe(submitters.totalDocs)
  })

  it('publishes at least 12 articles, each with what the publish guard requires', async () => {
    const { docs } = await app.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 1,
    })
    expect(docs.length).toBeGreaterThanOrEqual(12)
    for (const article of docs) {
      const heroImage = typeof article.heroImage === 'object' ? article.heroImage : null
      expect(missingForPublish({ ...article, heroImage }), article.slug ?? article.title).toEqual([])
      expect(article.responsibleEditor).toMatchObject({ email: 'editor@demo.local' })
    }
  })

  it('records both livestream events with the reported totals as current figures', async () => {
    const { docs } = await app.payload.find({
      collection: 'livestream-events',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
    })
    const bySlug = Object.fromEntries(docs.map((event) => [event.slug, event]))
    expect(bySlug['yongan-2020-07-09']?.current?.totalSalesFen).toBe(400_000_000)
    expect(bySlug['licheng-2020']?.current?.totalSalesFen).toBe(1_438_000_000)
    expect(bySlug['licheng-2020']?.current?.visits).toBeGreaterThanOrEqual(3_000_000)
  })

  it('publishes the topic page, its layout using every topic block', async () => {
    const { docs } = await app.payload.find({
      collection: 'topics',
      where: { slug: { equals: 'fujian-zuji-2020' } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]._status).toBe('published')
    const used = new Set(docs[0].layout?.map((block) => block.blockType))
    for (const block of topicBlocks) expect(used, block.slug).toContain(block.slug)
  })

  it('has excellent cases published on the site for the special report’s showcase', async () => {
    const cases = await app.payload.find({
      collection: 'case-submissions',
      where: { and: [{ status: { equals: 'excellent' } }, { publishedOnSite: { equals: true } }] },
      pagination: false,
      depth: 0,
    })
    expect(cases.totalDocs).toBe(3)
    expect(new Set(cases.docs.map((doc) => doc.type)).size).toBe(3)
    for (const doc of cases.docs) expect(doc.photos?.length).toBe(1)
  })

  it('publishes the pairing aids with the figures the coverage reports, linked to their articles and the topic', async () => {
    const { docs } = await app.payload.find({
      collection: 'pairing-aids',
      where: { _status: { equals: 'published' } },
      sort: 'slug',
      depth: 1,
    })
    const bySlug = new Map(docs.map((doc) => [doc.slug, doc]))
    expect([...bySlug.keys()]).toEqual(['fujian-changji', 'fujian-ningxia', 'fuqing-liancheng', 'fuqing-tongwei'])
    const tongwei = bySlug.get('fuqing-tongwei')!
    expect([tongwei.fundsFen, tongwei.projects, tongwei.villagesPaired]).toEqual([22_173_350_000, 426, 198])
    expect(typeof tongwei.helped === 'object' && tongwei.helped.code).toBe('621121')
    const ningxia = bySlug.get('fujian-ningxia')!
    expect([ningxia.startYear, ningxia.cadresSent, ningxia.cadreBatches]).toEqual([1996, 183, 11])
    // Figures the coverage does not give are demo values, and the pair says so to readers
    expect(bySlug.get('fuqing-liancheng')!.figuresNote).toContain('演示数据')
    for (const doc of docs) {
      expect(doc.relatedArticles?.length, doc.slug ?? '').toBeGreaterThan(0)
      expect(doc.topics?.length, doc.slug ?? '').toBe(1)
    }
  })
})
