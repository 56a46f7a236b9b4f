import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pairing_aids_highlights\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pairing_aids\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pairing_aids_highlights_order_idx\` ON \`pairing_aids_highlights\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids_highlights_parent_id_idx\` ON \`pairing_aids_highlights\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pairing_aids\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`helper_id\` integer,
  	\`helped_id\` integer,
  	\`programme\` text,
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`summary\` text,
  	\`funds_fen\` numeric,
  	\`projects\` numeric,
  	\`villages_paired\` numeric,
  	\`cadres_sent\` numeric,
  	\`cadre_batches\` numeric,
  	\`figures_note\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`helper_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`helped_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pairing_aids_helper_idx\` ON \`pairing_aids\` (\`helper_id\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids_helped_idx\` ON \`pairing_aids\` (\`helped_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pairing_aids_slug_idx\` ON \`pairing_aids\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids_updated_at_idx\` ON \`pairing_aids\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids_created_at_idx\` ON \`pairing_aids\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids__status_idx\` ON \`pairing_aids\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_helper_idx\` ON \`pairing_aids\` (\`_status\`,\`helper_id\`);`)
  await db.run(sql`CREATE INDEX \`_status_helped_idx\` ON \`pairing_aids\` (\`_status\`,\`helped_id\`);`)
  await db.run(sql`CREATE TABLE \`pairing_aids_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pairing_aids\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pairing_aids_rels_order_idx\` ON \`pairing_aids_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids_rels_parent_idx\` ON \`pairing_aids_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids_rels_path_idx\` ON \`pairing_aids_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids_rels_articles_id_idx\` ON \`pairing_aids_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`pairing_aids_rels_topics_id_idx\` ON \`pairing_aids_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_pairing_aids_v_version_highlights\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pairing_aids_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_version_highlights_order_idx\` ON \`_pairing_aids_v_version_highlights\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_version_highlights_parent_id_idx\` ON \`_pairing_aids_v_version_highlights\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pairing_aids_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_helper_id\` integer,
  	\`version_helped_id\` integer,
  	\`version_programme\` text,
  	\`version_start_year\` numeric,
  	\`version_end_year\` numeric,
  	\`version_summary\` text,
  	\`version_funds_fen\` numeric,
  	\`version_projects\` numeric,
  	\`version_villages_paired\` numeric,
  	\`version_cadres_sent\` numeric,
  	\`version_cadre_batches\` numeric,
  	\`version_figures_note\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pairing_aids\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_helper_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_helped_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_parent_idx\` ON \`_pairing_aids_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_version_version_helper_idx\` ON \`_pairing_aids_v\` (\`version_helper_id\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_version_version_helped_idx\` ON \`_pairing_aids_v\` (\`version_helped_id\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_version_version_slug_idx\` ON \`_pairing_aids_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_version_version_updated_at_idx\` ON \`_pairing_aids_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_version_version_created_at_idx\` ON \`_pairing_aids_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_version_version__status_idx\` ON \`_pairing_aids_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_created_at_idx\` ON \`_pairing_aids_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_updated_at_idx\` ON \`_pairing_aids_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_latest_idx\` ON \`_pairing_aids_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_autosave_idx\` ON \`_pairing_aids_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_helper_idx\` ON \`_pairing_aids_v\` (\`version__status\`,\`version_helper_id\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_helped_idx\` ON \`_pairing_aids_v\` (\`version__status\`,\`version_helped_id\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_latest_updated_idx\` ON \`_pairing_aids_v\` (\`latest\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_pairing_aids_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pairing_aids_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_rels_order_idx\` ON \`_pairing_aids_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_rels_parent_idx\` ON \`_pairing_aids_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_rels_path_idx\` ON \`_pairing_aids_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_rels_articles_id_idx\` ON \`_pairing_aids_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_pairing_aids_v_rels_topics_id_idx\` ON \`_pairing_aids_v_rels\` (\`topics_id\`);`)
  // The document-lock table is rebuilt with its new column, as a fresh database has it: SQLite cannot add a column
  // with a cascading foreign key in place.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`livestream_events_id\` integer,
  	\`pairing_aids_id\` integer,
  	\`campaigns_id\` integer,
  	\`case_submissions_id\` integer,
  	\`case_reviews_id\` integer,
  	\`case_votes_id\` integer,
  	\`vote_bursts_id\` integer,
  	\`case_objections_id\` integer,
  	\`comments_id\` integer,
  	\`audit_events_id\` integer,
  	\`users_id\` integer,
  	\`organizations_id\` integer,
  	\`regions_id\` integer,
  	\`media_id\` integer,
  	\`search_index_id\` integer,
  	\`page_views_id\` integer,
  	\`view_totals_id\` integer,
  	\`article_listings_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`livestream_events_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pairing_aids_id\`) REFERENCES \`pairing_aids\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_submissions_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_reviews_id\`) REFERENCES \`case_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_votes_id\`) REFERENCES \`case_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vote_bursts_id\`) REFERENCES \`vote_bursts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_objections_id\`) REFERENCES \`case_objections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`view_totals_id\`) REFERENCES \`view_totals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_listings_id\`) REFERENCES \`article_listings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "vote_bursts_id", "case_objections_id", "comments_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "vote_bursts_id", "case_objections_id", "comments_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_livestream_events_id_idx\` ON \`payload_locked_documents_rels\` (\`livestream_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pairing_aids_id_idx\` ON \`payload_locked_documents_rels\` (\`pairing_aids_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`case_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`case_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`case_votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vote_bursts_id_idx\` ON \`payload_locked_documents_rels\` (\`vote_bursts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`case_objections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_view_totals_id_idx\` ON \`payload_locked_documents_rels\` (\`view_totals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_listings_id_idx\` ON \`payload_locked_documents_rels\` (\`article_listings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pairing_aids_highlights\`;`)
  await db.run(sql`DROP TABLE \`pairing_aids\`;`)
  await db.run(sql`DROP TABLE \`pairing_aids_rels\`;`)
  await db.run(sql`DROP TABLE \`_pairing_aids_v_version_highlights\`;`)
  await db.run(sql`DROP TABLE \`_pairing_aids_v\`;`)
  await db.run(sql`DROP TABLE \`_pairing_aids_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`livestream_events_id\` integer,
  	\`campaigns_id\` integer,
  	\`case_submissions_id\` integer,
  	\`case_reviews_id\` integer,
  	\`case_votes_id\` integer,
  	\`vote_bursts_id\` integer,
  	\`case_objections_id\` integer,
  	\`comments_id\` integer,
  	\`audit_events_id\` integer,
  	\`users_id\` integer,
  	\`organizations_id\` integer,
  	\`regions_id\` integer,
  	\`media_id\` integer,
  	\`search_index_id\` integer,
  	\`page_views_id\` integer,
  	\`view_totals_id\` integer,
  	\`article_listings_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`livestream_events_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_submissions_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_reviews_id\`) REFERENCES \`case_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_votes_id\`) REFERENCES \`case_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vote_bursts_id\`) REFERENCES \`vote_bursts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_objections_id\`) REFERENCES \`case_objections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`view_totals_id\`) REFERENCES \`view_totals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_listings_id\`) REFERENCES \`article_listings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "vote_bursts_id", "case_objections_id", "comments_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "vote_bursts_id", "case_objections_id", "comments_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_livestream_events_id_idx\` ON \`payload_locked_documents_rels\` (\`livestream_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`case_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`case_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`case_votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vote_bursts_id_idx\` ON \`payload_locked_documents_rels\` (\`vote_bursts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`case_objections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_view_totals_id_idx\` ON \`payload_locked_documents_rels\` (\`view_totals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_listings_id_idx\` ON \`payload_locked_documents_rels\` (\`article_listings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
