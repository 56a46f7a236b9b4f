import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { fillNameKeys } from '../fillNameKeys'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "organizations_name_idx";
  ALTER TABLE "organizations" ADD COLUMN "name_key" varchar;`)
  await fillNameKeys(req)
  await db.execute(sql`
  CREATE UNIQUE INDEX "organizations_name_key_idx" ON "organizations" USING btree ("name_key");
  CREATE INDEX "organizations_name_idx" ON "organizations" USING btree ("name");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "organizations_name_key_idx";
  DROP INDEX "organizations_name_idx";
  CREATE UNIQUE INDEX "organizations_name_idx" ON "organizations" USING btree ("name");
  ALTER TABLE "organizations" DROP COLUMN "name_key";`)
}
