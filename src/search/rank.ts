import { normalise } from './simplified'

export type Rankable = { title: string; excerpt?: string | null; date?: string | null }

/** Title hits weigh more than excerpt hits: a title names what the page is about. */
const TITLE_WEIGHT = 3

/**
 * How well a matching row answers the terms (every row already contains all of them): each term found in the title
 * counts three, each found in the excerpt one.
 */
export const scoreOf = (row: Rankable, terms: readonly string[]): number => {
  const title = normalise(row.title)
  const excerpt = normalise(row.excerpt ?? '')
  return terms.reduce(
    (score, term) => score + (title.includes(term) ? TITLE_WEIGHT : 0) + (excerpt.includes(term) ? 1 : 0),
    0,
  )
}

const time = (date: string | null | undefined) => (date ? Date.parse(date) || 0 : 0)

/** Best first; among equals, newest first. */
export const rank = <R extends Rankable>(rows: readonly R[], terms: readonly string[]): R[] =>
  rows
    .map((row) => ({ row, score: scoreOf(row, terms) }))
    .sort((a, b) => b.score - a.score || time(b.row.date) - time(a.row.date))
    .map(({ row }) => row)
