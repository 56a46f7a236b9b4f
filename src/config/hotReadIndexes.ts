type Column = { name: string }
type IndexBuilder = (name: string) => { on: (...columns: never[]) => unknown }
type ExtendTable = (args: { table: unknown; extraConfig: (columns: Record<string, unknown>) => object }) => void
type SchemaHookArgs = { schema: { tables: Record<string, unknown> }; extendTable: (args: never) => unknown }

const byName = (columns: Record<string, unknown>, name: string) =>
  Object.values(columns).find((column) => (column as Column).name === name) as never

/**
 * Indexes the hot reads need on tables Payload builds itself, which a collection config cannot declare; the
 * migrations carry them like any other index. Written once for both SQL engines, each passing its own `index`.
 * - The values of a many-valued text or number field (an article's reporters) live in a table indexed by
 *   (order, parent): reading one document's values walked the whole table, 127,000 rows for the reporters of a
 *   100,000-article archive. An index led by the parent makes it a lookup.
 * - The admin lists a collection with drafts by reading the latest version of each document, newest change first:
 *   (latest, updated_at) on the versions table serves that list without sorting every version.
 */
export const hotReadIndexes =
  (index: IndexBuilder) =>
  <Args extends SchemaHookArgs>({ schema, extendTable }: Args): Args['schema'] => {
    const extend = extendTable as ExtendTable
    for (const [name, table] of Object.entries(schema.tables)) {
      if (/_(texts|numbers)$/.test(name)) {
        extend({
          table,
          extraConfig: (columns) => ({
            [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(byName(columns, 'parent_id')),
          }),
        })
      }
      if (/^_.+_v$/.test(name)) {
        extend({
          table,
          extraConfig: (columns) =>
            byName(columns, 'latest') && byName(columns, 'version_updated_at')
              ? {
                  [`${name}_latest_updated_idx`]: index(`${name}_latest_updated_idx`).on(
                    byName(columns, 'latest'),
                    byName(columns, 'version_updated_at'),
                  ),
                }
              : {},
        })
      }
    }
    return schema
  }
