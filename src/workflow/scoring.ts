/** The expert rubric and how expert scores and public votes blend into one ranking. Pure. */
export const CRITERIA = [
  { name: 'typicality', zh: '典型性' },
  { name: 'innovation', zh: '创新性' },
  { name: 'effectiveness', zh: '实效性' },
  { name: 'replicability', zh: '可推广性' },
] as const

export type Criterion = (typeof CRITERIA)[number]['name']

export type Scores = Record<Criterion, number>

export const SCORE_MIN = 1
export const SCORE_MAX = 10

const isScore = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX

/** Names every criterion without a whole score from 1 to 10; keys outside the rubric are ignored. */
export const validateScores = (scores: unknown): { ok: true } | { ok: false; invalid: Criterion[] } => {
  const given = new Map(typeof scores === 'object' && scores !== null ? Object.entries(scores) : [])
  const invalid = CRITERIA.map((criterion) => criterion.name).filter((name) => !isScore(given.get(name)))
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true }
}

const round2 = (value: number): number => Math.round(value * 100) / 100

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length

/** One expert's total: the mean of the four criteria, to 2 decimals. */
export const reviewTotal = (scores: Scores): number => round2(mean(CRITERIA.map((criterion) => scores[criterion.name])))

/** The mean of the experts' totals, unrounded because it feeds the ranking; null when nobody has scored yet. */
export const meanOfTotals = (totals: readonly number[]): number | null => (totals.length > 0 ? mean(totals) : null)

/** The expert mean from the reviews' scores (see meanOfTotals). */
export const expertMean = (reviews: readonly Scores[]): number | null => meanOfTotals(reviews.map(reviewTotal))

export type RankingWeights = { expertWeight: number; voteWeight: number }

/** The blend a campaign starts with: experts 70, public vote 30. */
export const DEFAULT_WEIGHTS: RankingWeights = { expertWeight: 70, voteWeight: 30 }

/** A campaign's weights, the defaults standing in for any left empty. */
export const campaignWeights = (
  caseCall: { expertWeight?: number | null; voteWeight?: number | null } | null | undefined,
): RankingWeights => ({
  expertWeight: caseCall?.expertWeight ?? DEFAULT_WEIGHTS.expertWeight,
  voteWeight: caseCall?.voteWeight ?? DEFAULT_WEIGHTS.voteWeight,
})

export type RankingEntry = { id: string | number; expertMean: number | null; votes: number }

export type RankedCase<T extends RankingEntry> = T & {
  voteShare: number
  expertPart: number
  votePart: number
  score: number
  rank: number
}

// Scores that agree this closely are equal; sums of fractions differ in the last bits depending on the order taken.
const TIE = 1e-9

const byId = (a: string | number, b: string | number): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

export type Blend = { voteShare: number; expertPart: number; votePart: number; score: number }

/**
 * One case's points out of 100, unrounded: its expert mean (out of 10) and its share of `totalVotes`, the votes of
 * every case ranked with it, each weighted as the campaign says. A case nobody has scored gets no expert points.
 */
export const blend = (
  entry: Pick<RankingEntry, 'expertMean' | 'votes'>,
  totalVotes: number,
  weights: RankingWeights,
): Blend => {
  const voteShare = totalVotes > 0 ? entry.votes / totalVotes : 0
  const expertPart = ((entry.expertMean ?? 0) / SCORE_MAX) * weights.expertWeight
  const votePart = voteShare * weights.voteWeight
  return { voteShare, expertPart, votePart, score: expertPart + votePart }
}

type Scored<T> = Blend & { entry: T }

const byBest = <T extends RankingEntry>(a: Scored<T>, b: Scored<T>): number => {
  if (Math.abs(a.score - b.score) > TIE) return b.score - a.score
  const expertA = a.entry.expertMean ?? -Infinity
  const expertB = b.entry.expertMean ?? -Infinity
  if (expertA !== expertB) return expertB > expertA ? 1 : -1
  return byId(a.entry.id, b.entry.id)
}

/**
 * Blends expert scores (out of 10) and vote shares into points out of 100, best first. Weights are percentages
 * adding up to 100. Ranks are shared by equal scores (1, 1, 3).
 * Ordering and ranks use the exact score; expertPart, votePart and score are rounded to 2 decimals for display,
 * voteShare is left as the exact fraction for the caller to format as a percentage.
 */
export const blendedRanking = <T extends RankingEntry>(
  cases: readonly T[],
  weights: RankingWeights,
): RankedCase<T>[] => {
  const totalVotes = cases.reduce((sum, entry) => sum + entry.votes, 0)
  const scored: Scored<T>[] = cases.map((entry) => ({ entry, ...blend(entry, totalVotes, weights) }))
  scored.sort(byBest)
  let rank = 0
  return scored.map((item, index) => {
    if (index === 0 || scored[index - 1].score - item.score > TIE) rank = index + 1
    return {
      ...item.entry,
      voteShare: item.voteShare,
      expertPart: round2(item.expertPart),
      votePart: round2(item.votePart),
      score: round2(item.score),
      rank,
    }
  })
}
