import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`case_voter_day_idx\`;`)
  await db.run(sql`DROP INDEX \`voter_day_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`voter_day_case_idx\` ON \`case_votes\` (\`voter\`,\`day\`,\`case_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`voter_day_case_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_voter_day_idx\` ON \`case_votes\` (\`case_id\`,\`voter\`,\`day\`);`)
  await db.run(sql`CREATE INDEX \`voter_day_idx\` ON \`case_votes\` (\`voter\`,\`day\`);`)
}
