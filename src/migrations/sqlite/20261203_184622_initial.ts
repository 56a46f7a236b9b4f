import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_categories_order_idx\` ON \`articles_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_categories_parent_idx\` ON \`articles_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kicker\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`dateline\` text,
  	\`body\` text,
  	\`hero_image_id\` integer,
  	\`source\` text,
  	\`responsible_editor_id\` integer,
  	\`responsible_editor_name\` text,
  	\`campaign_id\` integer,
  	\`original_url\` text,
  	\`import_note\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responsible_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_responsible_editor_idx\` ON \`articles\` (\`responsible_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_campaign_idx\` ON \`articles\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_createdAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign__status_idx\` ON \`articles\` (\`campaign_id\`,\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_texts_parent_idx\` ON \`articles_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_topics_id_idx\` ON \`articles_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_regions_id_idx\` ON \`articles_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_categories_order_idx\` ON \`_articles_v_version_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_categories_parent_idx\` ON \`_articles_v_version_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kicker\` text,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_dateline\` text,
  	\`version_body\` text,
  	\`version_hero_image_id\` integer,
  	\`version_source\` text,
  	\`version_responsible_editor_id\` integer,
  	\`version_responsible_editor_name\` text,
  	\`version_campaign_id\` integer,
  	\`version_original_url\` text,
  	\`version_import_note\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_responsible_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_responsible_editor_idx\` ON \`_articles_v\` (\`version_responsible_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_campaign_idx\` ON \`_articles_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_version_createdAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_campaign_version__status_idx\` ON \`_articles_v\` (\`version_campaign_id\`,\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_updated_idx\` ON \`_articles_v\` (\`latest\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_parent_idx\` ON \`_articles_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_topics_id_idx\` ON \`_articles_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_regions_id_idx\` ON \`_articles_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_hero_order_idx\` ON \`topics_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_hero_parent_id_idx\` ON \`topics_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_hero_path_idx\` ON \`topics_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_hero_image_idx\` ON \`topics_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_stat_counters_counters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`source\` text DEFAULT 'computed',
  	\`metric\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics_blocks_stat_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_stat_counters_counters_order_idx\` ON \`topics_blocks_stat_counters_counters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_stat_counters_counters_parent_id_idx\` ON \`topics_blocks_stat_counters_counters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_stat_counters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`campaign_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_stat_counters_order_idx\` ON \`topics_blocks_stat_counters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_stat_counters_parent_id_idx\` ON \`topics_blocks_stat_counters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_stat_counters_path_idx\` ON \`topics_blocks_stat_counters\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_stat_counters_campaign_idx\` ON \`topics_blocks_stat_counters\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_case_showcase\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT '优秀案例',
  	\`campaign_id\` integer,
  	\`case_type\` text,
  	\`region_id\` integer,
  	\`limit\` numeric DEFAULT 6,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_case_showcase_order_idx\` ON \`topics_blocks_case_showcase\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_case_showcase_parent_id_idx\` ON \`topics_blocks_case_showcase\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_case_showcase_path_idx\` ON \`topics_blocks_case_showcase\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_case_showcase_campaign_idx\` ON \`topics_blocks_case_showcase\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_case_showcase_region_idx\` ON \`topics_blocks_case_showcase\` (\`region_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_livestream_highlights\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT '直播带货',
  	\`campaign_id\` integer,
  	\`show_chart\` integer DEFAULT true,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_livestream_highlights_order_idx\` ON \`topics_blocks_livestream_highlights\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_livestream_highlights_parent_id_idx\` ON \`topics_blocks_livestream_highlights\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_livestream_highlights_path_idx\` ON \`topics_blocks_livestream_highlights\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_livestream_highlights_campaign_idx\` ON \`topics_blocks_livestream_highlights\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_article_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`filter\` text DEFAULT 'topic',
  	\`category\` text,
  	\`region_id\` integer,
  	\`limit\` numeric DEFAULT 8,
  	\`block_name\` text,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_article_list_order_idx\` ON \`topics_blocks_article_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_article_list_parent_id_idx\` ON \`topics_blocks_article_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_article_list_path_idx\` ON \`topics_blocks_article_list\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_article_list_region_idx\` ON \`topics_blocks_article_list\` (\`region_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_region_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT '各地动态',
  	\`parent_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_region_grid_order_idx\` ON \`topics_blocks_region_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_region_grid_parent_id_idx\` ON \`topics_blocks_region_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_region_grid_path_idx\` ON \`topics_blocks_region_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_region_grid_parent_idx\` ON \`topics_blocks_region_grid\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_timeline_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`title\` text,
  	\`text\` text,
  	\`link\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics_blocks_timeline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_timeline_items_order_idx\` ON \`topics_blocks_timeline_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_timeline_items_parent_id_idx\` ON \`topics_blocks_timeline_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_timeline_order_idx\` ON \`topics_blocks_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_timeline_parent_id_idx\` ON \`topics_blocks_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_timeline_path_idx\` ON \`topics_blocks_timeline\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_rich_text_order_idx\` ON \`topics_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_rich_text_parent_id_idx\` ON \`topics_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_rich_text_path_idx\` ON \`topics_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_related_reading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT '延伸阅读',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_related_reading_order_idx\` ON \`topics_blocks_related_reading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_related_reading_parent_id_idx\` ON \`topics_blocks_related_reading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_related_reading_path_idx\` ON \`topics_blocks_related_reading\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`topics_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`file_id\` integer,
  	\`url\` text,
  	\`caption\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_blocks_video_order_idx\` ON \`topics_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_video_parent_id_idx\` ON \`topics_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_video_path_idx\` ON \`topics_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`topics_blocks_video_file_idx\` ON \`topics_blocks_video\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`campaign_id\` integer,
  	\`intro\` text,
  	\`theme_primary_color\` text DEFAULT '#b8232f',
  	\`theme_banner_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`theme_banner_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_campaign_idx\` ON \`topics\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_theme_theme_banner_idx\` ON \`topics\` (\`theme_banner_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_published_at_idx\` ON \`topics\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_meta_meta_image_idx\` ON \`topics\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`topics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`livestream_events_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`livestream_events_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_rels_order_idx\` ON \`topics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_parent_idx\` ON \`topics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_path_idx\` ON \`topics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_livestream_events_id_idx\` ON \`topics_rels\` (\`livestream_events_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_articles_id_idx\` ON \`topics_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_hero_order_idx\` ON \`_topics_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_hero_parent_id_idx\` ON \`_topics_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_hero_path_idx\` ON \`_topics_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_hero_image_idx\` ON \`_topics_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_stat_counters_counters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`source\` text DEFAULT 'computed',
  	\`metric\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v_blocks_stat_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_stat_counters_counters_order_idx\` ON \`_topics_v_blocks_stat_counters_counters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_stat_counters_counters_parent_id_idx\` ON \`_topics_v_blocks_stat_counters_counters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_stat_counters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`campaign_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_stat_counters_order_idx\` ON \`_topics_v_blocks_stat_counters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_stat_counters_parent_id_idx\` ON \`_topics_v_blocks_stat_counters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_stat_counters_path_idx\` ON \`_topics_v_blocks_stat_counters\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_stat_counters_campaign_idx\` ON \`_topics_v_blocks_stat_counters\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_case_showcase\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT '优秀案例',
  	\`campaign_id\` integer,
  	\`case_type\` text,
  	\`region_id\` integer,
  	\`limit\` numeric DEFAULT 6,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_case_showcase_order_idx\` ON \`_topics_v_blocks_case_showcase\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_case_showcase_parent_id_idx\` ON \`_topics_v_blocks_case_showcase\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_case_showcase_path_idx\` ON \`_topics_v_blocks_case_showcase\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_case_showcase_campaign_idx\` ON \`_topics_v_blocks_case_showcase\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_case_showcase_region_idx\` ON \`_topics_v_blocks_case_showcase\` (\`region_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_livestream_highlights\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT '直播带货',
  	\`campaign_id\` integer,
  	\`show_chart\` integer DEFAULT true,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_livestream_highlights_order_idx\` ON \`_topics_v_blocks_livestream_highlights\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_livestream_highlights_parent_id_idx\` ON \`_topics_v_blocks_livestream_highlights\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_livestream_highlights_path_idx\` ON \`_topics_v_blocks_livestream_highlights\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_livestream_highlights_campaign_idx\` ON \`_topics_v_blocks_livestream_highlights\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_article_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`filter\` text DEFAULT 'topic',
  	\`category\` text,
  	\`region_id\` integer,
  	\`limit\` numeric DEFAULT 8,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_article_list_order_idx\` ON \`_topics_v_blocks_article_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_article_list_parent_id_idx\` ON \`_topics_v_blocks_article_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_article_list_path_idx\` ON \`_topics_v_blocks_article_list\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_article_list_region_idx\` ON \`_topics_v_blocks_article_list\` (\`region_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_region_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT '各地动态',
  	\`parent_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_region_grid_order_idx\` ON \`_topics_v_blocks_region_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_region_grid_parent_id_idx\` ON \`_topics_v_blocks_region_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_region_grid_path_idx\` ON \`_topics_v_blocks_region_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_region_grid_parent_idx\` ON \`_topics_v_blocks_region_grid\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_timeline_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`title\` text,
  	\`text\` text,
  	\`link\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v_blocks_timeline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_timeline_items_order_idx\` ON \`_topics_v_blocks_timeline_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_timeline_items_parent_id_idx\` ON \`_topics_v_blocks_timeline_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_timeline_order_idx\` ON \`_topics_v_blocks_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_timeline_parent_id_idx\` ON \`_topics_v_blocks_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_timeline_path_idx\` ON \`_topics_v_blocks_timeline\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_rich_text_order_idx\` ON \`_topics_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_rich_text_parent_id_idx\` ON \`_topics_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_rich_text_path_idx\` ON \`_topics_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_related_reading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT '延伸阅读',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_related_reading_order_idx\` ON \`_topics_v_blocks_related_reading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_related_reading_parent_id_idx\` ON \`_topics_v_blocks_related_reading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_related_reading_path_idx\` ON \`_topics_v_blocks_related_reading\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`file_id\` integer,
  	\`url\` text,
  	\`caption\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_video_order_idx\` ON \`_topics_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_video_parent_id_idx\` ON \`_topics_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_video_path_idx\` ON \`_topics_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_blocks_video_file_idx\` ON \`_topics_v_blocks_video\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_campaign_id\` integer,
  	\`version_intro\` text,
  	\`version_theme_primary_color\` text DEFAULT '#b8232f',
  	\`version_theme_banner_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_theme_banner_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_campaign_idx\` ON \`_topics_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_theme_version_theme_banner_idx\` ON \`_topics_v\` (\`version_theme_banner_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_slug_idx\` ON \`_topics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_published_at_idx\` ON \`_topics_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_meta_version_meta_image_idx\` ON \`_topics_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_autosave_idx\` ON \`_topics_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_updated_idx\` ON \`_topics_v\` (\`latest\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`livestream_events_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`livestream_events_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_order_idx\` ON \`_topics_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_parent_idx\` ON \`_topics_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_path_idx\` ON \`_topics_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_livestream_events_id_idx\` ON \`_topics_v_rels\` (\`livestream_events_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_articles_id_idx\` ON \`_topics_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`livestream_events_branch_studios\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`place\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`livestream_events_branch_studios_order_idx\` ON \`livestream_events_branch_studios\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_branch_studios_parent_id_idx\` ON \`livestream_events_branch_studios\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`livestream_events_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`outlet\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`livestream_events_hosts_order_idx\` ON \`livestream_events_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_hosts_parent_id_idx\` ON \`livestream_events_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`livestream_events_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`livestream_events_guests_order_idx\` ON \`livestream_events_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_guests_parent_id_idx\` ON \`livestream_events_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`livestream_events_products\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`category\` text,
  	\`origin_region_id\` integer,
  	\`price_fen\` numeric,
  	\`buy_url\` text,
  	FOREIGN KEY (\`origin_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`livestream_events_products_order_idx\` ON \`livestream_events_products\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_products_parent_id_idx\` ON \`livestream_events_products\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_products_origin_region_idx\` ON \`livestream_events_products\` (\`origin_region_id\`);`)
  await db.run(sql`CREATE TABLE \`livestream_events_snapshots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`as_of\` text,
  	\`visits\` numeric,
  	\`peak_viewers\` numeric,
  	\`units_sold\` numeric,
  	\`dealer_inquiries\` numeric,
  	\`online_sales_fen\` numeric,
  	\`offline_sales_fen\` numeric,
  	\`order_value_fen\` numeric,
  	\`source_note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`livestream_events_snapshots_order_idx\` ON \`livestream_events_snapshots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_snapshots_parent_id_idx\` ON \`livestream_events_snapshots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`livestream_events_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`livestream_events_channels_order_idx\` ON \`livestream_events_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_channels_parent_id_idx\` ON \`livestream_events_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`livestream_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`campaign_id\` integer,
  	\`region_id\` integer,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`main_studio\` text,
  	\`current_as_of\` text,
  	\`current_visits\` numeric,
  	\`current_peak_viewers\` numeric,
  	\`current_units_sold\` numeric,
  	\`current_dealer_inquiries\` numeric,
  	\`current_online_sales_fen\` numeric,
  	\`current_offline_sales_fen\` numeric,
  	\`current_order_value_fen\` numeric,
  	\`current_total_sales_fen\` numeric,
  	\`replay_video_id\` integer,
  	\`replay_url\` text,
  	\`slug\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replay_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`livestream_events_campaign_idx\` ON \`livestream_events\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_region_idx\` ON \`livestream_events\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_starts_at_idx\` ON \`livestream_events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_replay_replay_video_idx\` ON \`livestream_events\` (\`replay_video_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`livestream_events_slug_idx\` ON \`livestream_events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_meta_meta_image_idx\` ON \`livestream_events\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_updated_at_idx\` ON \`livestream_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_created_at_idx\` ON \`livestream_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events__status_idx\` ON \`livestream_events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`campaign__status_startsAt_idx\` ON \`livestream_events\` (\`campaign_id\`,\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_region_startsAt_idx\` ON \`livestream_events\` (\`_status\`,\`region_id\`,\`starts_at\`);`)
  await db.run(sql`CREATE TABLE \`livestream_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`livestream_events_rels_order_idx\` ON \`livestream_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_rels_parent_idx\` ON \`livestream_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_rels_path_idx\` ON \`livestream_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`livestream_events_rels_media_id_idx\` ON \`livestream_events_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_livestream_events_v_version_branch_studios\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`place\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_livestream_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_branch_studios_order_idx\` ON \`_livestream_events_v_version_branch_studios\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_branch_studios_parent_id_idx\` ON \`_livestream_events_v_version_branch_studios\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_livestream_events_v_version_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`outlet\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_livestream_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_hosts_order_idx\` ON \`_livestream_events_v_version_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_hosts_parent_id_idx\` ON \`_livestream_events_v_version_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_livestream_events_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_livestream_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_guests_order_idx\` ON \`_livestream_events_v_version_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_guests_parent_id_idx\` ON \`_livestream_events_v_version_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_livestream_events_v_version_products\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`category\` text,
  	\`origin_region_id\` integer,
  	\`price_fen\` numeric,
  	\`buy_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`origin_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_livestream_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_products_order_idx\` ON \`_livestream_events_v_version_products\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_products_parent_id_idx\` ON \`_livestream_events_v_version_products\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_products_origin_region_idx\` ON \`_livestream_events_v_version_products\` (\`origin_region_id\`);`)
  await db.run(sql`CREATE TABLE \`_livestream_events_v_version_snapshots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`as_of\` text,
  	\`visits\` numeric,
  	\`peak_viewers\` numeric,
  	\`units_sold\` numeric,
  	\`dealer_inquiries\` numeric,
  	\`online_sales_fen\` numeric,
  	\`offline_sales_fen\` numeric,
  	\`order_value_fen\` numeric,
  	\`source_note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_livestream_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_snapshots_order_idx\` ON \`_livestream_events_v_version_snapshots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_snapshots_parent_id_idx\` ON \`_livestream_events_v_version_snapshots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_livestream_events_v_version_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_livestream_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_channels_order_idx\` ON \`_livestream_events_v_version_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_channels_parent_id_idx\` ON \`_livestream_events_v_version_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_livestream_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_campaign_id\` integer,
  	\`version_region_id\` integer,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_main_studio\` text,
  	\`version_current_as_of\` text,
  	\`version_current_visits\` numeric,
  	\`version_current_peak_viewers\` numeric,
  	\`version_current_units_sold\` numeric,
  	\`version_current_dealer_inquiries\` numeric,
  	\`version_current_online_sales_fen\` numeric,
  	\`version_current_offline_sales_fen\` numeric,
  	\`version_current_order_value_fen\` numeric,
  	\`version_current_total_sales_fen\` numeric,
  	\`version_replay_video_id\` integer,
  	\`version_replay_url\` text,
  	\`version_slug\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_replay_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_parent_idx\` ON \`_livestream_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_version_campaign_idx\` ON \`_livestream_events_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_version_region_idx\` ON \`_livestream_events_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_version_starts_at_idx\` ON \`_livestream_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_replay_version_replay_video_idx\` ON \`_livestream_events_v\` (\`version_replay_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_version_slug_idx\` ON \`_livestream_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_meta_version_meta_image_idx\` ON \`_livestream_events_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_version_updated_at_idx\` ON \`_livestream_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_version_created_at_idx\` ON \`_livestream_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_version_version__status_idx\` ON \`_livestream_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_created_at_idx\` ON \`_livestream_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_updated_at_idx\` ON \`_livestream_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_latest_idx\` ON \`_livestream_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_autosave_idx\` ON \`_livestream_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version_campaign_version__status_version_startsAt_idx\` ON \`_livestream_events_v\` (\`version_campaign_id\`,\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_region_version_startsAt_idx\` ON \`_livestream_events_v\` (\`version__status\`,\`version_region_id\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_latest_updated_idx\` ON \`_livestream_events_v\` (\`latest\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_livestream_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_livestream_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_rels_order_idx\` ON \`_livestream_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_rels_parent_idx\` ON \`_livestream_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_rels_path_idx\` ON \`_livestream_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_livestream_events_v_rels_media_id_idx\` ON \`_livestream_events_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_guiding_units\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`name\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_guiding_units_order_idx\` ON \`campaigns_guiding_units\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_guiding_units_parent_id_idx\` ON \`campaigns_guiding_units\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_guiding_units_organization_idx\` ON \`campaigns_guiding_units\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`name\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_hosts_order_idx\` ON \`campaigns_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_hosts_parent_id_idx\` ON \`campaigns_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_hosts_organization_idx\` ON \`campaigns_hosts\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_organisers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`name\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_organisers_order_idx\` ON \`campaigns_organisers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_organisers_parent_id_idx\` ON \`campaigns_organisers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_organisers_organization_idx\` ON \`campaigns_organisers\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_co_organisers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`name\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_co_organisers_order_idx\` ON \`campaigns_co_organisers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_co_organisers_parent_id_idx\` ON \`campaigns_co_organisers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_co_organisers_organization_idx\` ON \`campaigns_co_organisers\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`starts\` text,
  	\`ends\` text,
  	\`place\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_activities_order_idx\` ON \`campaigns_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_activities_parent_id_idx\` ON \`campaigns_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_case_call_review_phases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`starts\` text,
  	\`ends\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_case_call_review_phases_order_idx\` ON \`campaigns_case_call_review_phases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_case_call_review_phases_parent_id_idx\` ON \`campaigns_case_call_review_phases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`series\` text,
  	\`year\` numeric NOT NULL,
  	\`edition\` numeric,
  	\`theme\` text,
  	\`slogan\` text,
  	\`period_starts\` text,
  	\`period_ends\` text,
  	\`outcomes_cases_received\` numeric,
  	\`outcomes_excellent_cases\` numeric,
  	\`outcomes_visits\` numeric,
  	\`outcomes_sales_fen\` numeric,
  	\`outcomes_ad_value_fen\` numeric,
  	\`case_call_submission_opens\` text,
  	\`case_call_submission_closes\` text,
  	\`case_call_publicity_days\` numeric DEFAULT 7,
  	\`case_call_voting_opens\` text,
  	\`case_call_voting_closes\` text,
  	\`case_call_expert_weight\` numeric DEFAULT 70,
  	\`case_call_vote_weight\` numeric DEFAULT 30,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_texts_order_parent\` ON \`campaigns_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_texts_parent_idx\` ON \`campaigns_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_submissions_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_submissions_key_figures_order_idx\` ON \`case_submissions_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_key_figures_parent_id_idx\` ON \`case_submissions_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`type\` text NOT NULL,
  	\`region_id\` integer,
  	\`organization_id\` integer,
  	\`intake_channel\` text DEFAULT 'self',
  	\`intake_recommender\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`contact_person\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`publicity_ends_at\` text,
  	\`published_on_site\` integer DEFAULT false,
  	\`feature_article_id\` integer,
  	\`votes\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`feature_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`case_submissions_campaign_idx\` ON \`case_submissions\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_type_idx\` ON \`case_submissions\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_region_idx\` ON \`case_submissions\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_organization_idx\` ON \`case_submissions\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_status_idx\` ON \`case_submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_feature_article_idx\` ON \`case_submissions\` (\`feature_article_id\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_updated_at_idx\` ON \`case_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_created_at_idx\` ON \`case_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_status_idx\` ON \`case_submissions\` (\`campaign_id\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`status_updatedAt_idx\` ON \`case_submissions\` (\`status\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publishedOnSite_updatedAt_idx\` ON \`case_submissions\` (\`status\`,\`published_on_site\`,\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`case_submissions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_submissions_rels_order_idx\` ON \`case_submissions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_rels_parent_idx\` ON \`case_submissions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_rels_path_idx\` ON \`case_submissions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_rels_media_id_idx\` ON \`case_submissions_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`case_submissions_rels_users_id_idx\` ON \`case_submissions_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`case_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`reviewer_id\` integer,
  	\`scores_typicality\` numeric NOT NULL,
  	\`scores_innovation\` numeric NOT NULL,
  	\`scores_effectiveness\` numeric NOT NULL,
  	\`scores_replicability\` numeric NOT NULL,
  	\`comment\` text,
  	\`total\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`case_reviews_case_idx\` ON \`case_reviews\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_reviewer_idx\` ON \`case_reviews\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_updated_at_idx\` ON \`case_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_reviews_created_at_idx\` ON \`case_reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_reviewer_idx\` ON \`case_reviews\` (\`case_id\`,\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`case_votes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`voter\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`case_votes_case_idx\` ON \`case_votes\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`case_votes_updated_at_idx\` ON \`case_votes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_votes_created_at_idx\` ON \`case_votes\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_voter_day_idx\` ON \`case_votes\` (\`case_id\`,\`voter\`,\`day\`);`)
  await db.run(sql`CREATE INDEX \`voter_day_idx\` ON \`case_votes\` (\`voter\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`case_objections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`decision_reason\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`sender_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`case_objections_case_idx\` ON \`case_objections\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`case_objections_status_idx\` ON \`case_objections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`case_objections_decided_by_idx\` ON \`case_objections\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`case_objections_sender_hash_idx\` ON \`case_objections\` (\`sender_hash\`);`)
  await db.run(sql`CREATE INDEX \`case_objections_updated_at_idx\` ON \`case_objections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_objections_created_at_idx\` ON \`case_objections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`organization_id\` integer,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`actor_id\` integer,
  	\`at\` text NOT NULL,
  	\`comment\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`case_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_events_case_idx\` ON \`audit_events\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_organization_idx\` ON \`audit_events\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_actor_idx\` ON \`audit_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_at_idx\` ON \`audit_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_updated_at_idx\` ON \`audit_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_created_at_idx\` ON \`audit_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`organization_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organization_idx\` ON \`users\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_organizations_id_idx\` ON \`users_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`region_id\` integer,
  	\`contact_person\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`approval\` text DEFAULT 'approved',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_name_idx\` ON \`organizations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`organizations_region_idx\` ON \`organizations\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_approval_idx\` ON \`organizations\` (\`approval\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`parent_id\` integer,
  	\`full_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_code_idx\` ON \`regions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`regions_level_idx\` ON \`regions\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`regions_parent_idx\` ON \`regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regions_full_name_idx\` ON \`regions\` (\`full_name\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`search_index\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_collection\` text NOT NULL,
  	\`source_id\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`excerpt\` text,
  	\`date\` text,
  	\`tokens\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_source_collection_idx\` ON \`search_index\` (\`source_collection\`);`)
  await db.run(sql`CREATE INDEX \`search_index_date_idx\` ON \`search_index\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`search_index_updated_at_idx\` ON \`search_index\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_created_at_idx\` ON \`search_index\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sourceCollection_sourceId_idx\` ON \`search_index\` (\`source_collection\`,\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`search_index_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_rels_order_idx\` ON \`search_index_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_parent_idx\` ON \`search_index_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_path_idx\` ON \`search_index_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_regions_id_idx\` ON \`search_index_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`page_views\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`viewed_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`page_views_updated_at_idx\` ON \`page_views\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_views_created_at_idx\` ON \`page_views\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`viewedCollection_docId_day_idx\` ON \`page_views\` (\`viewed_collection\`,\`doc_id\`,\`day\`);`)
  await db.run(sql`CREATE INDEX \`viewedCollection_day_idx\` ON \`page_views\` (\`viewed_collection\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`view_totals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`viewed_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`as_of\` text NOT NULL,
  	\`three_days\` numeric DEFAULT 0 NOT NULL,
  	\`week\` numeric DEFAULT 0 NOT NULL,
  	\`month\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`view_totals_as_of_idx\` ON \`view_totals\` (\`as_of\`);`)
  await db.run(sql`CREATE INDEX \`view_totals_updated_at_idx\` ON \`view_totals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`view_totals_created_at_idx\` ON \`view_totals\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`viewedCollection_docId_idx\` ON \`view_totals\` (\`viewed_collection\`,\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`viewedCollection_threeDays_idx\` ON \`view_totals\` (\`viewed_collection\`,\`three_days\`);`)
  await db.run(sql`CREATE INDEX \`viewedCollection_week_idx\` ON \`view_totals\` (\`viewed_collection\`,\`week\`);`)
  await db.run(sql`CREATE INDEX \`viewedCollection_month_idx\` ON \`view_totals\` (\`viewed_collection\`,\`month\`);`)
  await db.run(sql`CREATE TABLE \`article_listings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` text NOT NULL,
  	\`listing\` text NOT NULL,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`article_listings_article_id_idx\` ON \`article_listings\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`article_listings_updated_at_idx\` ON \`article_listings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`article_listings_created_at_idx\` ON \`article_listings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`listing_publishedAt_createdAt_idx\` ON \`article_listings\` (\`listing\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to_type\` text DEFAULT 'reference',
  	\`to_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`livestream_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`livestream_events_id\`) REFERENCES \`livestream_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_articles_id_idx\` ON \`redirects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_topics_id_idx\` ON \`redirects_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_livestream_events_id_idx\` ON \`redirects_rels\` (\`livestream_events_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_categories\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_categories\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_stat_counters_counters\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_stat_counters\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_case_showcase\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_livestream_highlights\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_article_list\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_region_grid\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_timeline_items\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_timeline\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_related_reading\`;`)
  await db.run(sql`DROP TABLE \`topics_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_rels\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_stat_counters_counters\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_stat_counters\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_case_showcase\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_livestream_highlights\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_article_list\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_region_grid\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_timeline_items\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_timeline\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_related_reading\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_rels\`;`)
  await db.run(sql`DROP TABLE \`livestream_events_branch_studios\`;`)
  await db.run(sql`DROP TABLE \`livestream_events_hosts\`;`)
  await db.run(sql`DROP TABLE \`livestream_events_guests\`;`)
  await db.run(sql`DROP TABLE \`livestream_events_products\`;`)
  await db.run(sql`DROP TABLE \`livestream_events_snapshots\`;`)
  await db.run(sql`DROP TABLE \`livestream_events_channels\`;`)
  await db.run(sql`DROP TABLE \`livestream_events\`;`)
  await db.run(sql`DROP TABLE \`livestream_events_rels\`;`)
  await db.run(sql`DROP TABLE \`_livestream_events_v_version_branch_studios\`;`)
  await db.run(sql`DROP TABLE \`_livestream_events_v_version_hosts\`;`)
  await db.run(sql`DROP TABLE \`_livestream_events_v_version_guests\`;`)
  await db.run(sql`DROP TABLE \`_livestream_events_v_version_products\`;`)
  await db.run(sql`DROP TABLE \`_livestream_events_v_version_snapshots\`;`)
  await db.run(sql`DROP TABLE \`_livestream_events_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_livestream_events_v\`;`)
  await db.run(sql`DROP TABLE \`_livestream_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_guiding_units\`;`)
  await db.run(sql`DROP TABLE \`campaigns_hosts\`;`)
  await db.run(sql`DROP TABLE \`campaigns_organisers\`;`)
  await db.run(sql`DROP TABLE \`campaigns_co_organisers\`;`)
  await db.run(sql`DROP TABLE \`campaigns_activities\`;`)
  await db.run(sql`DROP TABLE \`campaigns_case_call_review_phases\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_texts\`;`)
  await db.run(sql`DROP TABLE \`case_submissions_key_figures\`;`)
  await db.run(sql`DROP TABLE \`case_submissions\`;`)
  await db.run(sql`DROP TABLE \`case_submissions_rels\`;`)
  await db.run(sql`DROP TABLE \`case_reviews\`;`)
  await db.run(sql`DROP TABLE \`case_votes\`;`)
  await db.run(sql`DROP TABLE \`case_objections\`;`)
  await db.run(sql`DROP TABLE \`audit_events\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`DROP TABLE \`search_index_rels\`;`)
  await db.run(sql`DROP TABLE \`page_views\`;`)
  await db.run(sql`DROP TABLE \`view_totals\`;`)
  await db.run(sql`DROP TABLE \`article_listings\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
