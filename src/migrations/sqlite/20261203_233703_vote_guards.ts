import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`vote_bursts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`network\` text NOT NULL,
  	\`minute\` text NOT NULL,
  	\`votes\` numeric NOT NULL,
  	\`state\` text DEFAULT 'open' NOT NULL,
  	\`voided_votes\` numeric,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`vote_bursts_case_idx\` ON \`vote_bursts\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`vote_bursts_state_idx\` ON \`vote_bursts\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`vote_bursts_decided_by_idx\` ON \`vote_bursts\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`vote_bursts_updated_at_idx\` ON \`vote_bursts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`vote_bursts_created_at_idx\` ON \`vote_bursts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_network_minute_1_idx\` ON \`vote_bursts\` (\`case_id\`,\`network\`,\`minute\`);`)
  await db.run(sql`ALTER TABLE \`case_votes\` ADD \`address\` text;`)
  await db.run(sql`ALTER TABLE \`case_votes\` ADD \`network\` text;`)
  await db.run(sql`ALTER TABLE \`case_votes\` ADD \`minute\` text;`)
  await db.run(sql`ALTER TABLE \`case_votes\` ADD \`proof\` text;`)
  await db.run(sql`ALTER TABLE \`case_votes\` ADD \`voided\` integer DEFAULT false;`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_votes_proof_idx\` ON \`case_votes\` (\`proof\`);`)
  await db.run(sql`CREATE INDEX \`case_votes_voided_idx\` ON \`case_votes\` (\`voided\`);`)
  await db.run(sql`CREATE INDEX \`case_day_address_idx\` ON \`case_votes\` (\`case_id\`,\`day\`,\`address\`);`)
  await db.run(sql`CREATE INDEX \`case_day_network_idx\` ON \`case_votes\` (\`case_id\`,\`day\`,\`network\`);`)
  await db.run(sql`CREATE INDEX \`case_network_minute_idx\` ON \`case_votes\` (\`case_id\`,\`network\`,\`minute\`);`)
  await db.run(sql`ALTER TABLE \`case_objections\` ADD \`proof\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_objections_proof_idx\` ON \`case_objections\` (\`proof\`);`)
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
  	\`campaigns_id\` integer,
  	\`case_submissions_id\` integer,
  	\`case_reviews_id\` integer,
  	\`case_votes_id\` integer,
  	\`vote_bursts_id\` integer,
  	\`case_objections_id\` integer,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "case_objections_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "case_objections_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  	\`case_objections_id\` integer,
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
  	FOREIGN KEY (\`case_objections_id\`) REFERENCES \`case_objections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "case_objections_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "case_objections_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`case_objections_id\`);`)
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
  await db.run(sql`DROP TABLE \`vote_bursts\`;`)
  await db.run(sql`DROP INDEX \`case_votes_proof_idx\`;`)
  await db.run(sql`DROP INDEX \`case_votes_voided_idx\`;`)
  await db.run(sql`DROP INDEX \`case_day_address_idx\`;`)
  await db.run(sql`DROP INDEX \`case_day_network_idx\`;`)
  await db.run(sql`DROP INDEX \`case_network_minute_idx\`;`)
  await db.run(sql`ALTER TABLE \`case_votes\` DROP COLUMN \`address\`;`)
  await db.run(sql`ALTER TABLE \`case_votes\` DROP COLUMN \`network\`;`)
  await db.run(sql`ALTER TABLE \`case_votes\` DROP COLUMN \`minute\`;`)
  await db.run(sql`ALTER TABLE \`case_votes\` DROP COLUMN \`proof\`;`)
  await db.run(sql`ALTER TABLE \`case_votes\` DROP COLUMN \`voided\`;`)
  await db.run(sql`DROP INDEX \`case_objections_proof_idx\`;`)
  await db.run(sql`ALTER TABLE \`case_objections\` DROP COLUMN \`proof\`;`)
}
