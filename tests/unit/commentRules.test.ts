import { describe, expect, it } from 'vitest'

import { parseWordList, wordFilter } from '@/moderation/wordFilter'
import { checkComment, checkModeration, initialStatus } from '@/workflow/commentRules'

describe('the sensitive-word filter', () => {
  const find = wordFilter(parseWordList('赌博\n代开发票，刷单、Free Money\n\n赌博'))

  it('finds every listed word in one pass, as the list spells it', () => {
    expect(find('这里有人赌博，还有人代开发票').sort()).toEqual(['代开发票', '赌博'].sort())
    expect(find('茶叶很香')).toEqual([])
  })

  it('sees through Traditional script, letter case, spaces and punctuation', () => {
    expect(find('賭博')).toEqual(['赌博'])
    expect(find('刷 单！FREE-money')).toEqual(['刷单', 'Free Money'])
  })

  it('finds nothing with an empty list', () => {
    expect(wordFilter(parseWordList('  \n'))('赌博')).toEqual([])
  })
})

describe('a comment', () => {
  it('needs a body within 500 characters and takes an optional name', () => {
    expect(checkComment({ body: '  好  ' })).toEqual({ ok: true, value: { body: '好', name: '', replyTo: null } })
    expect(checkComment({ body: '' })).toMatchObject({ ok: false, errors: [{ field: 'body' }] })
    expect(checkComment({ body: '长'.repeat(501) })).toMatchObject({ ok: false, errors: [{ field: 'body' }] })
    expect(checkComment({ body: '好', name: '名'.repeat(21) })).toMatchObject({
      ok: false,
      errors: [{ field: 'name' }],
    })
    expect(checkComment(null)).toMatchObject({ ok: false })
  })

  it('waits for moderation unless the page is post-then-moderate and no listed word is in it', () => {
    expect(initialStatus(false, [])).toBe('pending')
    expect(initialStatus(true, [])).toBe('approved')
    expect(initialStatus(true, ['赌博'])).toBe('pending')
  })

  it('is approved freely, rejected with a reason, and never put back in the queue', () => {
    expect(checkModeration('pending', 'approved', null)).toEqual({ ok: true })
    expect(checkModeration('pending', 'rejected', ' ')).toMatchObject({ code: 'moderationReasonRequired' })
    expect(checkModeration('approved', 'rejected', '广告')).toEqual({ ok: true })
    expect(checkModeration('rejected', 'pending', '')).toMatchObject({ code: 'moderationBackToPending' })
    expect(checkModeration('pending', 'rejected', '长'.repeat(201))).toMatchObject({ code: 'moderationReasonTooLong' })
  })
})
