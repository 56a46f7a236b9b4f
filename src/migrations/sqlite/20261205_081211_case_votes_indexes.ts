import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`case_votes_voided_idx\`;`)
  await db.run(sql`DROP INDEX \`case_day_address_idx\`;`)
  await db.run(sql`DROP INDEX \`case_network_minute_idx\`;`)
  await db.run(sql`DROP INDEX \`case_network_minute_1_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_network_minute_idx\` ON \`vote_bursts\` (\`case_id\`,\`network\`,\`minute\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`case_network_minute_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_network_minute_1_idx\` ON \`vote_bursts\` (\`case_id\`,\`network\`,\`minute\`);`)
  await db.run(sql`CREATE INDEX \`case_votes_voided_idx\` ON \`case_votes\` (\`voided\`);`)
  await db.run(sql`CREATE INDEX \`case_day_address_idx\` ON \`case_votes\` (\`case_id\`,\`day\`,\`address\`);`)
  await db.run(sql`CREATE INDEX \`case_network_minute_idx\` ON \`case_votes\` (\`case_id\`,\`network\`,\`minute\`);`)
}
