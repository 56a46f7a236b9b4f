import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "day_voided_idx" ON "case_votes" USING btree ("day","voided");
  CREATE INDEX "day_count_createdAt_idx" ON "page_views" USING btree ("day","count","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "day_voided_idx";
  DROP INDEX "day_count_createdAt_idx";`)
}
