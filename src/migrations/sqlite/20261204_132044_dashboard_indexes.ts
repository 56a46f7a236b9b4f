import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`day_voided_idx\` ON \`case_votes\` (\`day\`,\`voided\`);`)
  await db.run(sql`CREATE INDEX \`day_count_createdAt_idx\` ON \`page_views\` (\`day\`,\`count\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`day_voided_idx\`;`)
  await db.run(sql`DROP INDEX \`day_count_createdAt_idx\`;`)
}
