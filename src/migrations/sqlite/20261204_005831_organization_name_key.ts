import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillNameKeys } from '../fillNameKeys'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`organizations_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`name_key\` text;`)
  await fillNameKeys(req)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_name_key_idx\` ON \`organizations\` (\`name_key\`);`)
  await db.run(sql`CREATE INDEX \`organizations_name_idx\` ON \`organizations\` (\`name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`organizations_name_key_idx\`;`)
  await db.run(sql`DROP INDEX \`organizations_name_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_name_idx\` ON \`organizations\` (\`name\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`name_key\`;`)
}
