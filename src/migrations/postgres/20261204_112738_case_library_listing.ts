import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_case_submissions_library_listing" AS ENUM('shown', 'during-vote');
  ALTER TABLE "case_submissions" ADD COLUMN "library_listing" "enum_case_submissions_library_listing";
  CREATE INDEX "case_submissions_library_listing_idx" ON "case_submissions" USING btree ("library_listing");
  CREATE INDEX "campaign_libraryListing_idx" ON "case_submissions" USING btree ("campaign_id","library_listing");`)
  // Existing cases take the listing their status and publishedOnSite give (src/workflow/libraryListing.ts)
  await db.execute(sql`
  UPDATE "case_submissions" SET "library_listing" = CASE
    WHEN ("status" = 'excellent' AND "published_on_site") OR "status" = 'proposed' THEN 'shown'::"enum_case_submissions_library_listing"
    WHEN "status" = 'shortlisted' THEN 'during-vote'::"enum_case_submissions_library_listing" END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "case_submissions_library_listing_idx";
  DROP INDEX "campaign_libraryListing_idx";
  ALTER TABLE "case_submissions" DROP COLUMN "library_listing";
  DROP TYPE "public"."enum_case_submissions_library_listing";`)
}
