import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { startCaseCallMatrix, type CaseCallMatrix, type Who } from '../helpers/caseCallMatrix'
import { pngImage, uploadForm } from '../helpers/files'

/**
 * What a hostile unit, reviewer or reader could reach through the API before: copies of other units' cases, private
 * uploads, units' contact details, other cases' audit trails and other people's document locks.
 * Cast and cases: tests/helpers/caseCallMatrix.ts.
 */
let m: CaseCallMatrix
let graphql: (query: string, who: Who) => Promise<any>

beforeAll(async () => {
  m = await startCaseCallMatrix()
  const handler = GRAPHQL_POST(m.app.config)
  graphql = async (query, who) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    const token = m.as(who).token
    if (token) headers.set('Authorization', `JWT ${token}`)
    const res = await handler(
      new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
    )
    return res.json()
  }
})
afterAll(() => m?.app.close())

const fixtureCase = () => m.app.payload.findByID({ collection: 'case-submissions', id: m.cases.submitted, depth: 0 })
const campaignId = async () => (await fixtureCase()).campaign as number

const countCases = async () =>
  (await m.app.payload.count({ collection: 'case-submissions', overrideAccess: true })).totalDocs

describe('copying and deleting cases', () => {
  it.each([
    ['unit', 'excellent'],
    ['unit', 'shortlisted'],
    ['otherUnit', 'excellent'],
    ['editor', 'proposed'],
    ['admin', 'excellent'],
  ] as const)('%s cannot copy a %s case, so no copy skips review', async (who, status) => {
    const before = await countCases()
    const res = await m.rest.post(`/case-submissions/${m.cases[status]}/duplicate`, m.as(who))
    expect(res.status, who).toBeGreaterThanOrEqual(400)
    expect(res.status, who).toBeLessThan(500)
    expect(await countCases()).toBe(before)
  })

  it('offers no duplicate mutation over GraphQL', async () => {
    const before = await countCases()
    const data = `{ title: "复制的优秀案例", campaign: ${await campaignId()}, type: "创新模式", status: draft }`
    const res = await graphql(
      `mutation { duplicateCaseSubmission(id: ${m.cases.excellent}, data: ${data}) { id status } }`,
      'unit',
    )
    expect(res.data?.duplicateCaseSubmission ?? null).toBeNull()
    expect(res.errors?.length).toBeGreaterThan(0)
    expect(await countCases()).toBe(before)
  })

  it('refuses with 409 to delete a case that has votes, and keeps the case and its votes', async () => {
    const vote = await m.app.payload.create({
      collection: 'case-votes',
      data: { case: m.cases.shortlisted, voter: 'voter-hash', day: '2026-12-03' },
      overrideAccess: true,
    })
    const res = await m.rest.delete(`/case-submissions/${m.cases.shortlisted}`, m.as('admin'))
    expect(res.status).toBe(409)
    expect(res.data.errors[0].data.code).toBe('caseHasRecord')
    const kept = await m.app.payload.findByID({ collection: 'case-submissions', id: m.cases.shortlisted })
    expect(kept.status).toBe('shortlisted')
    const votes = await m.app.payload.count({ collection: 'case-votes', where: { id: { equals: vote.id } } })
    expect(votes.totalDocs).toBe(1)
  })

  it('refuses to delete a case with an audit trail, and still deletes one with no record', async () => {
    const audited = await m.rest.delete(`/case-submissions/${m.cases.rejected}`, m.as('admin'))
    expect(audited.status).toBe(409)
    const created = await m.rest.post('/case-submissions', {
      ...m.as('unit'),
      json: { title: '误建的草稿', campaign: await campaignId(), type: '创新模式' },
    })
    expect(created.status).toBe(201)
    const draft = await m.rest.delete(`/case-submissions/${created.data.doc.id}`, m.as('unit'))
    expect(draft.status).toBe(200)
  })
})

describe('a unit’s uploads', () => {
  let file: { id: number; filename: string }
  let caseId: number

  const visibleTo = async (who: Who) => {
    const list = await m.rest.get(`/media?where[id][equals]=${file.id}`, m.as(who))
    const served = await m.rest.get(`/media/file/${encodeURIComponent(file.filename)}`, m.as(who))
    return { listed: list.data.docs?.length === 1, served: served.status === 200 }
  }

  beforeAll(async () => {
    const upload = await m.rest.post('/media', {
      ...m.as('unit'),
      form: uploadForm(await pngImage(400, 300), '草稿照片.png', 'image/png', { alt: '草稿照片' }),
    })
    expect(upload.status).toBe(201)
    file = upload.data.doc
    const created = await m.rest.post('/case-submissions', {
      ...m.as('unit'),
      json: {
        title: '带照片的草稿',
        campaign: await campaignId(),
        type: '创新模式',
        summary: '下党乡推行茶园认购。',
        body: lexicalParagraphs(['下党乡把茶园交给城里人认购。']),
        region: (await fixtureCase()).region,
        contactPerson: '林晓华',
        phone: '0598-3600000',
        email: 'yongan@example.cn',
        photos: [file.id],
      },
    })
    expect(created.status).toBe(201)
    caseId = created.data.doc.id
  })

  it('are private while the case is a draft: readers and other units neither list nor fetch them', async () => {
    expect(await visibleTo('reader')).toEqual({ listed: false, served: false })
    expect(await visibleTo('otherUnit')).toEqual({ listed: false, served: false })
    expect(await visibleTo('unit')).toEqual({ listed: true, served: true })
    expect(await visibleTo('editor')).toEqual({ listed: true, served: true })
  })

  it('become public while the case is shortlisted and private again when it is not selected', async () => {
    const move = async (to: string, who: Who) => {
      const res = await m.rest.post(`/case-submissions/${caseId}/transition`, { ...m.as(who), json: { to } })
      expect(res.status, `${to}: ${JSON.stringify(res.data)}`).toBe(200)
    }
    await move('submitted', 'unit')
    expect(await visibleTo('reader')).toEqual({ listed: false, served: false })
    const assigned = await m.rest.patch(`/case-submissions/${caseId}`, {
      ...m.as('editor'),
      json: { assignedReviewers: [m.cast.users.reviewer.id] },
    })
    expect(assigned.status).toBe(200)
    await move('shortlisted', 'reviewer')
    expect(await visibleTo('reader')).toEqual({ listed: true, served: true })
    await move('not-selected', 'editor')
    expect(await visibleTo('reader')).toEqual({ listed: false, served: false })
  })

  it('leaves what staff put up for the site public', async () => {
    const { docs } = await m.app.payload.find({ collection: 'media', where: { alt: { equals: '安贞堡直播现场' } } })
    const res = await m.rest.get(`/media/file/${encodeURIComponent(docs[0].filename as string)}`)
    expect(res.status).toBe(200)
  })
})

describe('units’ contact details', () => {
  const CONTACT = ['contactPerson', 'phone', 'email']
  const hasContact = (org: Record<string, unknown> | undefined) => CONTACT.some((field) => org?.[field] != null)

  it('are hidden from reviewers on the unit, on a case, a review and the audit trail, and over GraphQL', async () => {
    const unit = await m.rest.get(`/organizations/${m.cast.units.a.id}`, m.as('reviewer'))
    expect(unit.status).toBe(200)
    expect(unit.data.name).toBe('测试单位甲')
    expect(hasContact(unit.data)).toBe(false)
    const onCase = await m.rest.get(`/case-submissions/${m.cases.shortlisted}?depth=2`, m.as('reviewer'))
    expect(onCase.data.organization.name).toBe('测试单位甲')
    expect(hasContact(onCase.data.organization)).toBe(false)
    const reviews = await m.rest.get('/case-reviews?depth=2', m.as('reviewer'))
    expect(reviews.data.docs[0].case.organization.name).toBe('测试单位甲')
    expect(hasContact(reviews.data.docs[0].case.organization)).toBe(false)
    const audit = await m.rest.get('/audit-events?depth=2', m.as('reviewer'))
    expect(audit.data.docs.length).toBeGreaterThan(0)
    for (const event of audit.data.docs) expect(hasContact(event.organization)).toBe(false)
    const res = await graphql('{ Organizations { docs { name contactPerson phone email } } }', 'reviewer')
    expect(res.data.Organizations.docs.length).toBe(2)
    for (const org of res.data.Organizations.docs) expect(hasContact(org)).toBe(false)
  })

  it('cannot be probed by a reviewer through a query on them', async () => {
    const res = await m.rest.get('/organizations?where[phone][like]=0591', m.as('reviewer'))
    expect(res.data.docs?.length ?? 0).toBe(0)
  })

  it('still show to editors and to the unit itself', async () => {
    const byEditor = await m.rest.get(`/organizations/${m.cast.units.a.id}`, m.as('editor'))
    expect(byEditor.data.phone).toBe('0591-0000000')
    const byUnit = await m.rest.get(`/organizations/${m.cast.units.a.id}`, m.as('unit'))
    expect(byUnit.data.contactPerson).toBe('联系人')
  })
})

describe('the audit trail', () => {
  it('is closed to a reviewer with no assignment, list and single event alike', async () => {
    const list = await m.rest.get('/audit-events', m.as('reviewer2'))
    expect(list.data.totalDocs ?? 0).toBe(0)
    const assigned = await m.rest.get('/audit-events', m.as('reviewer'))
    expect(assigned.data.totalDocs).toBeGreaterThanOrEqual(2)
    const one = await m.rest.get(`/audit-events/${assigned.data.docs[0].id}`, m.as('reviewer2'))
    expect([403, 404]).toContain(one.status)
    expect(JSON.stringify(one.data)).not.toContain('材料不全')
  })
})

describe('document locks', () => {
  let editorsLock: number

  beforeAll(async () => {
    const lock = await m.app.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'case-submissions', value: m.cases.submitted },
        user: { relationTo: 'users', value: m.cast.users.reviewer.id },
      },
      overrideAccess: true,
    })
    editorsLock = lock.id as number
  })

  it('are neither read, changed nor removed by a unit when they are someone else’s', async () => {
    const list = await m.rest.get('/payload-locked-documents?depth=1', m.as('unit'))
    expect(JSON.stringify(list.data)).not.toContain('reviewer@test.local')
    expect(list.data.docs?.length ?? 0).toBe(0)
    const patch = await m.rest.patch(`/payload-locked-documents/${editorsLock}`, {
      ...m.as('unit'),
      json: { user: { relationTo: 'users', value: m.cast.users.submitter.id } },
    })
    expect([403, 404]).toContain(patch.status)
    const removed = await m.rest.delete(`/payload-locked-documents/${editorsLock}`, m.as('unit'))
    expect([403, 404]).toContain(removed.status)
    expect(await m.app.payload.count({ collection: 'payload-locked-documents' })).toMatchObject({ totalDocs: 1 })
  })

  it('cannot be taken by a unit in someone else’s name, only in its own', async () => {
    const forged = await m.rest.post('/payload-locked-documents', {
      ...m.as('unit'),
      json: {
        document: { relationTo: 'case-submissions', value: m.cases.submitted },
        user: { relationTo: 'users', value: m.cast.users.editor.id },
      },
    })
    expect(forged.status).toBe(403)
    const own = await m.rest.post('/payload-locked-documents', {
      ...m.as('unit'),
      json: {
        document: { relationTo: 'case-submissions', value: m.cases.draft },
        user: { relationTo: 'users', value: m.cast.users.submitter.id },
      },
    })
    expect(own.status).toBe(201)
  })

  it('are all visible to an editor', async () => {
    const list = await m.rest.get('/payload-locked-documents', m.as('editor'))
    expect(list.data.totalDocs).toBe(2)
  })
})
