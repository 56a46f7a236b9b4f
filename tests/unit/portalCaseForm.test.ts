import { describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { bodyText, caseData, valuesFromForm } from '@/portal/caseFormData'

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

describe('the portal case form', () => {
  it('turns typed text into the case document, one paragraph per line and empty optional fields as null', () => {
    const values = valuesFromForm(
      form([
        ['id', '12'],
        ['campaign', '3'],
        ['title', ' 茶园认购 '],
        ['type', '创新模式'],
        ['region', ''],
        ['channel', 'self'],
        ['recommender', '不该保存'],
        ['summary', '  '],
        ['body', '第一段。\n\n  第二段。  \n'],
        ['figures.0.label', '带动农户'],
        ['figures.0.value', '1,200'],
        ['figures.0.unit', '户'],
        ['figures.1.label', ''],
        ['photos', '7'],
        ['photos', '8'],
        ['remove', '8'],
        ['attachments', '../../etc'],
      ]),
    )
    expect(values.figures).toEqual([{ label: '带动农户', value: '1,200', unit: '户' }])
    expect(caseData(values)).toMatchObject({
      campaign: 3,
      title: '茶园认购',
      region: null,
      intake: { channel: 'self', recommender: null },
      summary: null,
      body: lexicalParagraphs(['第一段。', '第二段。']),
      keyFigures: [{ label: '带动农户', value: 1200, unit: '户' }],
      photos: [7],
      attachments: [],
    })
  })

  it('keeps a figure that is not a number as typed, so the collection refuses it with its own message', () => {
    const values = valuesFromForm(
      form([
        ['figures.0.label', '销售额'],
        ['figures.0.value', '约两万'],
      ]),
    )
    expect(caseData(values).keyFigures).toEqual([{ label: '销售额', value: '约两万', unit: null }])
  })

  it('reads a Lexical body back as lines, so an unchanged body can be left as it was', () => {
    expect(bodyText(lexicalParagraphs(['一', '', '二']))).toBe('一\n二')
    expect(bodyText(null)).toBe('')
  })
})
