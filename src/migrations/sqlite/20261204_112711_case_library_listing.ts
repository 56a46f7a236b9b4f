import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`case_submissions\` ADD \`library_listing\` text;`)
  await db.run(sql`CREATE INDEX \`case_submissions_library_listing_idx\` ON \`case_submissions\` (\`library_listing\`);`)
  await db.run(sql`CREATE INDEX \`campaign_libraryListing_idx\` ON \`case_submissions\` (\`campaign_id\`,\`library_listing\`);`)
  // Existing cases take the listing their status and publishedOnSite give (src/workflow/libraryListing.ts)
  await db.run(sql`UPDATE \`case_submissions\` SET \`library_listing\` = CASE
    WHEN (\`status\` = 'excellent' AND \`published_on_site\` = 1) OR \`status\` = 'proposed' THEN 'shown'
    WHEN \`status\` = 'shortlisted' THEN 'during-vote' END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`case_submissions_library_listing_idx\`;`)
  await db.run(sql`DROP INDEX \`campaign_libraryListing_idx\`;`)
  await db.run(sql`ALTER TABLE \`case_submissions\` DROP COLUMN \`library_listing\`;`)
}
