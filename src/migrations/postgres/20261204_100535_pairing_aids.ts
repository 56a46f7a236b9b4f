import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pairing_aids_programme" AS ENUM('eastWest', 'withinProvince', 'counterpartSupport');
  CREATE TYPE "public"."enum_pairing_aids_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pairing_aids_v_version_programme" AS ENUM('eastWest', 'withinProvince', 'counterpartSupport');
  CREATE TYPE "public"."enum__pairing_aids_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "pairing_aids_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "pairing_aids" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"helper_id" uuid,
  	"helped_id" uuid,
  	"programme" "enum_pairing_aids_programme",
  	"start_year" numeric,
  	"end_year" numeric,
  	"summary" varchar,
  	"funds_fen" numeric,
  	"projects" numeric,
  	"villages_paired" numeric,
  	"cadres_sent" numeric,
  	"cadre_batches" numeric,
  	"figures_note" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pairing_aids_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pairing_aids_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"topics_id" uuid
  );
  
  CREATE TABLE "_pairing_aids_v_version_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pairing_aids_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_helper_id" uuid,
  	"version_helped_id" uuid,
  	"version_programme" "enum__pairing_aids_v_version_programme",
  	"version_start_year" numeric,
  	"version_end_year" numeric,
  	"version_summary" varchar,
  	"version_funds_fen" numeric,
  	"version_projects" numeric,
  	"version_villages_paired" numeric,
  	"version_cadres_sent" numeric,
  	"version_cadre_batches" numeric,
  	"version_figures_note" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pairing_aids_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_pairing_aids_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"topics_id" uuid
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pairing_aids_id" uuid;
  ALTER TABLE "pairing_aids_highlights" ADD CONSTRAINT "pairing_aids_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pairing_aids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pairing_aids" ADD CONSTRAINT "pairing_aids_helper_id_regions_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pairing_aids" ADD CONSTRAINT "pairing_aids_helped_id_regions_id_fk" FOREIGN KEY ("helped_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pairing_aids_rels" ADD CONSTRAINT "pairing_aids_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pairing_aids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pairing_aids_rels" ADD CONSTRAINT "pairing_aids_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pairing_aids_rels" ADD CONSTRAINT "pairing_aids_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pairing_aids_v_version_highlights" ADD CONSTRAINT "_pairing_aids_v_version_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pairing_aids_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pairing_aids_v" ADD CONSTRAINT "_pairing_aids_v_parent_id_pairing_aids_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pairing_aids"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pairing_aids_v" ADD CONSTRAINT "_pairing_aids_v_version_helper_id_regions_id_fk" FOREIGN KEY ("version_helper_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pairing_aids_v" ADD CONSTRAINT "_pairing_aids_v_version_helped_id_regions_id_fk" FOREIGN KEY ("version_helped_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pairing_aids_v_rels" ADD CONSTRAINT "_pairing_aids_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pairing_aids_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pairing_aids_v_rels" ADD CONSTRAINT "_pairing_aids_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pairing_aids_v_rels" ADD CONSTRAINT "_pairing_aids_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pairing_aids_highlights_order_idx" ON "pairing_aids_highlights" USING btree ("_order");
  CREATE INDEX "pairing_aids_highlights_parent_id_idx" ON "pairing_aids_highlights" USING btree ("_parent_id");
  CREATE INDEX "pairing_aids_helper_idx" ON "pairing_aids" USING btree ("helper_id");
  CREATE INDEX "pairing_aids_helped_idx" ON "pairing_aids" USING btree ("helped_id");
  CREATE UNIQUE INDEX "pairing_aids_slug_idx" ON "pairing_aids" USING btree ("slug");
  CREATE INDEX "pairing_aids_updated_at_idx" ON "pairing_aids" USING btree ("updated_at");
  CREATE INDEX "pairing_aids_created_at_idx" ON "pairing_aids" USING btree ("created_at");
  CREATE INDEX "pairing_aids__status_idx" ON "pairing_aids" USING btree ("_status");
  CREATE INDEX "_status_helper_idx" ON "pairing_aids" USING btree ("_status","helper_id");
  CREATE INDEX "_status_helped_idx" ON "pairing_aids" USING btree ("_status","helped_id");
  CREATE INDEX "pairing_aids_rels_order_idx" ON "pairing_aids_rels" USING btree ("order");
  CREATE INDEX "pairing_aids_rels_parent_idx" ON "pairing_aids_rels" USING btree ("parent_id");
  CREATE INDEX "pairing_aids_rels_path_idx" ON "pairing_aids_rels" USING btree ("path");
  CREATE INDEX "pairing_aids_rels_articles_id_idx" ON "pairing_aids_rels" USING btree ("articles_id");
  CREATE INDEX "pairing_aids_rels_topics_id_idx" ON "pairing_aids_rels" USING btree ("topics_id");
  CREATE INDEX "_pairing_aids_v_version_highlights_order_idx" ON "_pairing_aids_v_version_highlights" USING btree ("_order");
  CREATE INDEX "_pairing_aids_v_version_highlights_parent_id_idx" ON "_pairing_aids_v_version_highlights" USING btree ("_parent_id");
  CREATE INDEX "_pairing_aids_v_parent_idx" ON "_pairing_aids_v" USING btree ("parent_id");
  CREATE INDEX "_pairing_aids_v_version_version_helper_idx" ON "_pairing_aids_v" USING btree ("version_helper_id");
  CREATE INDEX "_pairing_aids_v_version_version_helped_idx" ON "_pairing_aids_v" USING btree ("version_helped_id");
  CREATE INDEX "_pairing_aids_v_version_version_slug_idx" ON "_pairing_aids_v" USING btree ("version_slug");
  CREATE INDEX "_pairing_aids_v_version_version_updated_at_idx" ON "_pairing_aids_v" USING btree ("version_updated_at");
  CREATE INDEX "_pairing_aids_v_version_version_created_at_idx" ON "_pairing_aids_v" USING btree ("version_created_at");
  CREATE INDEX "_pairing_aids_v_version_version__status_idx" ON "_pairing_aids_v" USING btree ("version__status");
  CREATE INDEX "_pairing_aids_v_created_at_idx" ON "_pairing_aids_v" USING btree ("created_at");
  CREATE INDEX "_pairing_aids_v_updated_at_idx" ON "_pairing_aids_v" USING btree ("updated_at");
  CREATE INDEX "_pairing_aids_v_latest_idx" ON "_pairing_aids_v" USING btree ("latest");
  CREATE INDEX "_pairing_aids_v_autosave_idx" ON "_pairing_aids_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_helper_idx" ON "_pairing_aids_v" USING btree ("version__status","version_helper_id");
  CREATE INDEX "version__status_version_helped_idx" ON "_pairing_aids_v" USING btree ("version__status","version_helped_id");
  CREATE INDEX "_pairing_aids_v_latest_updated_idx" ON "_pairing_aids_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_pairing_aids_v_rels_order_idx" ON "_pairing_aids_v_rels" USING btree ("order");
  CREATE INDEX "_pairing_aids_v_rels_parent_idx" ON "_pairing_aids_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pairing_aids_v_rels_path_idx" ON "_pairing_aids_v_rels" USING btree ("path");
  CREATE INDEX "_pairing_aids_v_rels_articles_id_idx" ON "_pairing_aids_v_rels" USING btree ("articles_id");
  CREATE INDEX "_pairing_aids_v_rels_topics_id_idx" ON "_pairing_aids_v_rels" USING btree ("topics_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pairing_aids_fk" FOREIGN KEY ("pairing_aids_id") REFERENCES "public"."pairing_aids"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_pairing_aids_id_idx" ON "payload_locked_documents_rels" USING btree ("pairing_aids_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pairing_aids_highlights" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pairing_aids" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pairing_aids_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pairing_aids_v_version_highlights" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pairing_aids_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pairing_aids_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pairing_aids_highlights" CASCADE;
  DROP TABLE "pairing_aids" CASCADE;
  DROP TABLE "pairing_aids_rels" CASCADE;
  DROP TABLE "_pairing_aids_v_version_highlights" CASCADE;
  DROP TABLE "_pairing_aids_v" CASCADE;
  DROP TABLE "_pairing_aids_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pairing_aids_fk";
  
  DROP INDEX "payload_locked_documents_rels_pairing_aids_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pairing_aids_id";
  DROP TYPE "public"."enum_pairing_aids_programme";
  DROP TYPE "public"."enum_pairing_aids_status";
  DROP TYPE "public"."enum__pairing_aids_v_version_programme";
  DROP TYPE "public"."enum__pairing_aids_v_version_status";`)
}
