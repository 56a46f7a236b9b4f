import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "case_votes_voided_idx";
  DROP INDEX "case_day_address_idx";
  DROP INDEX "case_network_minute_idx";
  DROP INDEX "case_network_minute_1_idx";
  CREATE UNIQUE INDEX "case_network_minute_idx" ON "vote_bursts" USING btree ("case_id","network","minute");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "case_network_minute_idx";
  CREATE INDEX "case_votes_voided_idx" ON "case_votes" USING btree ("voided");
  CREATE INDEX "case_day_address_idx" ON "case_votes" USING btree ("case_id","day","address");
  CREATE INDEX "case_network_minute_idx" ON "case_votes" USING btree ("case_id","network","minute");
  CREATE UNIQUE INDEX "case_network_minute_1_idx" ON "vote_bursts" USING btree ("case_id","network","minute");`)
}
