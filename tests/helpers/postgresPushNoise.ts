type Pool = { query: (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/** PostgreSQL cuts identifiers at 63 bytes; drizzle-kit compares the name it asked for with the name it got. */
const MAX_IDENTIFIER = 63

const setDefault = /^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" SET DEFAULT (-?[\d.]+);$/
const dropConstraint = /^ALTER TABLE "([^"]+)" DROP CONSTRAINT "([^"]+)";\s*$/
const addConstraint = /^ALTER TABLE "([^"]+)" ADD CONSTRAINT "([^"]+)" /

/**
 * drizzle-kit's push against PostgreSQL proposes changes that change nothing, for two known reasons: a numeric
 * column's default reads back as `'7'::numeric` and is compared as text with `7`, and a constraint whose name is
 * longer than PostgreSQL keeps is dropped and re-added under the same (cut) name. Each such statement is checked
 * against the database before it is set aside; whatever remains is a real difference.
 */
export const realSchemaChanges = async (statements: string[], pool: Pool): Promise<string[]> => {
  const trimmed = statements.map((statement) => statement.trim())
  const noise = new Set<string>()
  for (const statement of trimmed) {
    const numeric = setDefault.exec(statement)
    if (numeric) {
      const [, table, column, value] = numeric
      const { rows } = await pool.query(
        `SELECT column_default, data_type FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
        [table, column],
      )
      const current = String(rows[0]?.column_default ?? '').replace(/^'(.*)'::numeric$/, '$1')
      if (rows[0]?.data_type === 'numeric' && Number(current) === Number(value)) noise.add(statement)
      continue
    }
    const dropped = dropConstraint.exec(statement)
    if (dropped) {
      const [, table, name] = dropped
      const readded = trimmed.find((other) => {
        const added = addConstraint.exec(other)
        return added?.[1] === table && added[2].length > MAX_IDENTIFIER && added[2].slice(0, MAX_IDENTIFIER) === name
      })
      if (readded) noise.add(statement).add(readded)
    }
  }
  return trimmed.filter((statement) => !noise.has(statement))
}
