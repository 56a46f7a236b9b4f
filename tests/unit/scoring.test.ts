import { describe, expect, it } from 'vitest'

import { CRITERIA, blendedRanking, expertMean, reviewTotal, validateScores } from '@/workflow/scoring'

const scores = (typicality: number, innovation: number, effectiveness: number, replicability: number) => ({
  typicality,
  innovation,
  effectiveness,
  replicability,
})

const weights = { expertWeight: 70, voteWeight: 30 }

describe('rubric', () => {
  it('has the four criteria with their Chinese names', () => {
    expect(CRITERIA.map((criterion) => [criterion.name, criterion.zh])).toEqual([
      ['typicality', '典型性'],
      ['innovation', '创新性'],
      ['effectiveness', '实效性'],
      ['replicability', '可推广性'],
    ])
  })
})

describe('validateScores', () => {
  it('accepts whole scores from 1 to 10', () => {
    expect(validateScores(scores(1, 10, 5, 7))).toEqual({ ok: true })
  })

  it('names every criterion that is missing, fractional, out of range or not a number', () => {
    expect(validateScores({ typicality: 0, innovation: 11, effectiveness: 7.5 })).toEqual({
      ok: false,
      invalid: ['typicality', 'innovation', 'effectiveness', 'replicability'],
    })
    expect(validateScores({ ...scores(5, 5, 5, 5), innovation: '8' })).toEqual({ ok: false, invalid: ['innovation'] })
    expect(validateScores({ ...scores(5, 5, 5, 5), replicability: Number.NaN })).toEqual({
      ok: false,
      invalid: ['replicability'],
    })
  })

  it('refuses everything when no scores are given', () => {
    expect(validateScores(null)).toEqual({ ok: false, invalid: CRITERIA.map((criterion) => criterion.name) })
  })
})

describe('reviewTotal and expertMean', () => {
  it('totals a review as the mean of its four scores', () => {
    expect(reviewTotal(scores(8, 7, 9, 6))).toBe(7.5)
    expect(reviewTotal(scores(9, 9, 9, 8))).toBe(8.75)
    expect(reviewTotal(scores(10, 10, 10, 10))).toBe(10)
  })

  it('averages the experts’ totals, and has nothing to say before anyone scores', () => {
    expect(expertMean([scores(8, 7, 9, 6), scores(10, 10, 10, 10)])).toBe(8.75)
    expect(expertMean([scores(8, 8, 8, 8), scores(9, 9, 9, 9), scores(9, 9, 9, 9)])).toBeCloseTo(26 / 3, 10)
    expect(expertMean([])).toBeNull()
  })
})

describe('blendedRanking', () => {
  it('blends expert means and vote shares 70/30, best first', () => {
    const ranked = blendedRanking(
      [
        { id: 'a', expertMean: 8, votes: 100 },
        { id: 'b', expertMean: 9, votes: 300 },
      ],
      weights,
    )
    expect(ranked).toEqual([
      { id: 'b', expertMean: 9, votes: 300, voteShare: 0.75, expertPart: 63, votePart: 22.5, score: 85.5, rank: 1 },
      { id: 'a', expertMean: 8, votes: 100, voteShare: 0.25, expertPart: 56, votePart: 7.5, score: 63.5, rank: 2 },
    ])
  })

  it('lets votes outweigh a small expert lead', () => {
    const ranked = blendedRanking(
      [
        { id: 'expert', expertMean: 9, votes: 0 },
        { id: 'popular', expertMean: 8, votes: 10 },
      ],
      weights,
    )
    expect(ranked.map((entry) => [entry.id, entry.score])).toEqual([
      ['popular', 86],
      ['expert', 63],
    ])
  })

  it('gives every share 0 when nobody has voted, and no expert points to an unscored case', () => {
    const ranked = blendedRanking(
      [
        { id: 1, expertMean: null, votes: 0 },
        { id: 2, expertMean: 5, votes: 0 },
      ],
      weights,
    )
    expect(ranked.map((entry) => [entry.id, entry.voteShare, entry.expertPart, entry.score])).toEqual([
      [2, 0, 35, 35],
      [1, 0, 0, 0],
    ])
  })

  it('shares ranks between equal scores (1, 1, 3), ordering ties by expert mean, then id', () => {
    const ranked = blendedRanking(
      [
        { id: 'c', expertMean: 6, votes: 0 },
        { id: 'b', expertMean: 8, votes: 0 },
        { id: 'a', expertMean: 8, votes: 0 },
      ],
      weights,
    )
    expect(ranked.map((entry) => [entry.id, entry.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ])
  })

  it('treats scores equal in exact arithmetic as equal, though floating point differs in the last bit', () => {
    // Both are 41 5/12 points, but x computes to 41.41666666666667 and y to 41.416666666666664.
    const ranked = blendedRanking(
      [
        { id: 'x', expertMean: 31 / 12, votes: 7 },
        { id: 'y', expertMean: 71 / 12, votes: 0 },
        { id: 'z', expertMean: 1, votes: 2 },
      ],
      weights,
    )
    expect(ranked.map((entry) => [entry.id, entry.rank])).toEqual([
      ['y', 1],
      ['x', 1],
      ['z', 3],
    ])
  })

  it('orders numeric ids as numbers when all else is equal', () => {
    const ranked = blendedRanking(
      [10, 9, 100].map((id) => ({ id, expertMean: 7, votes: 1 })),
      weights,
    )
    expect(ranked.map((entry) => entry.id)).toEqual([9, 10, 100])
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 1, 1])
  })

  it('rounds the display fields to 2 decimals but keeps the exact vote share', () => {
    const [first] = blendedRanking(
      [
        { id: 1, expertMean: 26 / 3, votes: 1 },
        { id: 2, expertMean: 1, votes: 2 },
      ],
      weights,
    )
    expect(first).toMatchObject({ id: 1, voteShare: 1 / 3, expertPart: 60.67, votePart: 10, score: 70.67 })
  })

  it('keeps the fields a caller passes in', () => {
    const [only] = blendedRanking([{ id: 1, expertMean: 7, votes: 2, title: '茶园' }], weights)
    expect(only).toMatchObject({ title: '茶园', voteShare: 1, score: 79, rank: 1 })
  })
})
