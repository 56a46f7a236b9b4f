/** Reads SQLite query plans for what a newsroom-size database would make slow (used by tests/int/hotQueries.test.ts). */

/**
 * Tables that grow with the newsroom: every article, version, page view, vote and case. A query may reach their rows
 * only through an index that narrows it (SEARCH), or walk an index in the order it asks for while a LIMIT stops it
 * (the newest N). Regions, campaigns, topics, media, users and Payload's own bookkeeping stay small.
 */
const BIG =
  /^_?(articles|article_listings|page_views|view_totals|search_index|case_submissions|case_votes|case_reviews|audit_events|livestream_events)(_|$)/

/**
 * Columns that hold a handful of values (a status, a flag): an index on one of them alone matches most of a table,
 * so a plan that finds rows by it and then sorts them sorts the table.
 */
const FLAG_ONLY = /\((_status|status|latest|published_on_site|viewed_collection|source_collection)=\?\)$/

export type PlanRow = { id: number; parent: number; detail: string }

/** What is wrong with one query's plan, if anything: a walk of a big table, or a sort of most of one. */
export const planProblems = (sql: string, rows: PlanRow[]): string[] => {
  const problems: string[] = []
  const limited = /\blimit\b/i.test(sql)
  const counting = /^\s*select count\(/i.test(sql)
  // Payload reads child rows through subqueries named like their tables; scanning those is scanning a few rows
  const subqueries = new Set(rows.flatMap((row) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(row.detail)?.[1] ?? []))
  const sortsUnder = (parent: number) =>
    rows.some((row) => row.parent === parent && /USE TEMP B-TREE FOR (ORDER BY|GROUP BY|DISTINCT)/.test(row.detail))
  for (const row of rows) {
    const scan = /^SCAN (\S+)(?: USING (COVERING )?INDEX (\S+))?/.exec(row.detail)
    const table = scan?.[1] ?? /^SEARCH (\S+)/.exec(row.detail)?.[1]
    if (!table || !BIG.test(table) || (scan && !scan[3] && subqueries.has(table))) continue
    if (scan) {
      // An ordered walk at the top of a query with a limit stops after the rows it needs; a count of a whole table
      // reads its smallest index (SQLite keeps no row count)
      const orderedWalk = scan[3] && row.parent === 0 && limited && !sortsUnder(0)
      const wholeCount = scan[2] && counting && row.parent === 0
      if (!orderedWalk && !wholeCount) problems.push(row.detail)
    } else if (sortsUnder(row.parent) && FLAG_ONLY.test(row.detail)) {
      problems.push(`${row.detail}, then sorts what it found`)
    }
  }
  return problems
}
