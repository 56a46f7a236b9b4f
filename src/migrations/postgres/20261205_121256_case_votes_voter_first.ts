import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "case_voter_day_idx";
  DROP INDEX "voter_day_idx";
  CREATE UNIQUE INDEX "voter_day_case_idx" ON "case_votes" USING btree ("voter","day","case_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "voter_day_case_idx";
  CREATE UNIQUE INDEX "case_voter_day_idx" ON "case_votes" USING btree ("case_id","voter","day");
  CREATE INDEX "voter_day_idx" ON "case_votes" USING btree ("voter","day");`)
}
