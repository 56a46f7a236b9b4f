import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`visible_to_readers\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_visible_to_readers_idx\` ON \`media\` (\`visible_to_readers\`);`)
  // Files already stored stay as readers saw them: what staff or the system uploaded, and a unit's files that a public
  // case (shortlisted, in publicity or excellent) shows. A unit's other uploads become private.
  await db.run(sql`UPDATE \`media\` SET \`visible_to_readers\` = 1 WHERE \`uploaded_by_id\` IS NULL
    OR \`uploaded_by_id\` IN (SELECT \`parent_id\` FROM \`users_roles\` WHERE \`value\` IN ('admin', 'editor', 'reviewer'))
    OR \`id\` IN (SELECT \`rels\`.\`media_id\` FROM \`case_submissions_rels\` \`rels\`
      JOIN \`case_submissions\` \`cases\` ON \`cases\`.\`id\` = \`rels\`.\`parent_id\`
      WHERE \`cases\`.\`status\` IN ('shortlisted', 'proposed', 'excellent') AND \`rels\`.\`media_id\` IS NOT NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_visible_to_readers_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`visible_to_readers\`;`)
}
