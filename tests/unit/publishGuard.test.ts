import { describe, expect, it } from 'vitest'

import { missingForPublish, publishRefusal } from '@/workflow/publishGuard'

const complete = { source: '东南网', responsibleEditor: 3, regions: [7], heroImage: { alt: '安贞堡' } }

describe('missingForPublish', () => {
  it('passes a complete article', () => {
    expect(missingForPublish(complete)).toEqual([])
  })

  it('names every missing requirement, in form order', () => {
    expect(missingForPublish({})).toEqual(['source', 'responsibleEditor', 'regions', 'heroImage'])
  })

  it('treats blank text, empty lists and an image without alt text as missing', () => {
    expect(missingForPublish({ ...complete, source: '  ' })).toEqual(['source'])
    expect(missingForPublish({ ...complete, regions: [] })).toEqual(['regions'])
    expect(missingForPublish({ ...complete, heroImage: { alt: '' } })).toEqual(['heroImage'])
    expect(missingForPublish({ ...complete, heroImage: null })).toEqual(['heroImage'])
    expect(missingForPublish({ ...complete, responsibleEditor: null })).toEqual(['responsibleEditor'])
  })
})

describe('publishRefusal', () => {
  it('says in one Chinese sentence what to complete', () => {
    expect(publishRefusal(['source', 'heroImage'])).toBe('发布前请补全：来源、题图。')
  })
})
