import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`body\` text NOT NULL,
  	\`name\` text,
  	\`reply_to_id\` integer,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`flagged_words\` text,
  	\`moderation_reason\` text,
  	\`moderated_by_id\` integer,
  	\`moderated_at\` text,
  	\`address_hash\` text,
  	\`proof\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reply_to_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_reply_to_idx\` ON \`comments\` (\`reply_to_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_moderated_by_idx\` ON \`comments\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_address_hash_idx\` ON \`comments\` (\`address_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_proof_idx\` ON \`comments\` (\`proof\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_createdAt_idx\` ON \`comments\` (\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`case_submissions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_submissions_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_rels_order_idx\` ON \`comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_parent_idx\` ON \`comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_path_idx\` ON \`comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_articles_id_idx\` ON \`comments_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_topics_id_idx\` ON \`comments_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_case_submissions_id_idx\` ON \`comments_rels\` (\`case_submissions_id\`);`)
  await db.run(sql`CREATE TABLE \`sensitive_words\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`words\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`comments_post_moderated\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_comments_post_moderated\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`comments_post_moderated\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_comments_post_moderated\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`case_submissions\` ADD \`comments_post_moderated\` integer DEFAULT false;`)
  // SQLite cannot add a column with a foreign key: the locks' relation table is rebuilt with the comments' column
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "vote_bursts_id", "case_objections_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "vote_bursts_id", "case_objections_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments_rels\`;`)
  await db.run(sql`DROP TABLE \`sensitive_words\`;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "vote_bursts_id", "case_objections_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id", "livestream_events_id", "campaigns_id", "case_submissions_id", "case_reviews_id", "case_votes_id", "vote_bursts_id", "case_objections_id", "audit_events_id", "users_id", "organizations_id", "regions_id", "media_id", "search_index_id", "page_views_id", "view_totals_id", "article_listings_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`comments_post_moderated\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_comments_post_moderated\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`comments_post_moderated\`;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` DROP COLUMN \`version_comments_post_moderated\`;`)
  await db.run(sql`ALTER TABLE \`case_submissions\` DROP COLUMN \`comments_post_moderated\`;`)
}
