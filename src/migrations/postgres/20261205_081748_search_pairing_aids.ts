import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_search_index_source_collection" ADD VALUE 'pairing-aids';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_index" ALTER COLUMN "source_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_search_index_source_collection";
  CREATE TYPE "public"."enum_search_index_source_collection" AS ENUM('articles', 'case-submissions', 'livestream-events', 'topics');
  ALTER TABLE "search_index" ALTER COLUMN "source_collection" SET DATA TYPE "public"."enum_search_index_source_collection" USING "source_collection"::"public"."enum_search_index_source_collection";`)
}
