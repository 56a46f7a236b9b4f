import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_categories" AS ENUM('headline', 'poverty', 'livestream', 'cases', 'cooperation', 'people', 'photo', 'video', 'commentary');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_categories" AS ENUM('headline', 'poverty', 'livestream', 'cases', 'cooperation', 'people', 'photo', 'video', 'commentary');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_topics_blocks_stat_counters_counters_source" AS ENUM('computed', 'manual');
  CREATE TYPE "public"."enum_topics_blocks_stat_counters_counters_metric" AS ENUM('casesReceived', 'excellentCases', 'livestreamSales', 'visits', 'articles');
  CREATE TYPE "public"."enum_topics_blocks_article_list_filter" AS ENUM('topic', 'category', 'region');
  CREATE TYPE "public"."enum_topics_blocks_article_list_category" AS ENUM('headline', 'poverty', 'livestream', 'cases', 'cooperation', 'people', 'photo', 'video', 'commentary');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_blocks_stat_counters_counters_source" AS ENUM('computed', 'manual');
  CREATE TYPE "public"."enum__topics_v_blocks_stat_counters_counters_metric" AS ENUM('casesReceived', 'excellentCases', 'livestreamSales', 'visits', 'articles');
  CREATE TYPE "public"."enum__topics_v_blocks_article_list_filter" AS ENUM('topic', 'category', 'region');
  CREATE TYPE "public"."enum__topics_v_blocks_article_list_category" AS ENUM('headline', 'poverty', 'livestream', 'cases', 'cooperation', 'people', 'photo', 'video', 'commentary');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_livestream_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__livestream_events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_campaigns_activities_type" AS ENUM('case-call', 'livestream-tour', 'media-tour', 'interviews', 'public-ads', 'exhibition', 'forum');
  CREATE TYPE "public"."enum_case_submissions_intake_channel" AS ENUM('self', 'recommended');
  CREATE TYPE "public"."enum_case_submissions_status" AS ENUM('draft', 'submitted', 'returned', 'withdrawn', 'rejected', 'shortlisted', 'proposed', 'excellent', 'not-selected');
  CREATE TYPE "public"."enum_vote_bursts_state" AS ENUM('open', 'kept', 'voided');
  CREATE TYPE "public"."enum_case_objections_status" AS ENUM('pending', 'upheld', 'dismissed');
  CREATE TYPE "public"."enum_audit_events_from" AS ENUM('draft', 'submitted', 'returned', 'withdrawn', 'rejected', 'shortlisted', 'proposed', 'excellent', 'not-selected');
  CREATE TYPE "public"."enum_audit_events_to" AS ENUM('draft', 'submitted', 'returned', 'withdrawn', 'rejected', 'shortlisted', 'proposed', 'excellent', 'not-selected');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'submitter');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('government-department', 'local-government', 'enterprise', 'university', 'social-organization', 'media');
  CREATE TYPE "public"."enum_organizations_approval" AS ENUM('pending', 'approved');
  CREATE TYPE "public"."enum_regions_level" AS ENUM('province', 'city', 'county', 'township');
  CREATE TYPE "public"."enum_search_index_source_collection" AS ENUM('articles', 'case-submissions', 'livestream-events', 'topics');
  CREATE TYPE "public"."enum_page_views_viewed_collection" AS ENUM('articles');
  CREATE TYPE "public"."enum_view_totals_viewed_collection" AS ENUM('articles');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "articles_categories" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_articles_categories",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kicker" varchar,
  	"title" varchar,
  	"summary" varchar,
  	"dateline" varchar,
  	"body" jsonb,
  	"hero_image_id" uuid,
  	"source" varchar,
  	"responsible_editor_id" uuid,
  	"responsible_editor_name" varchar,
  	"campaign_id" uuid,
  	"original_url" varchar,
  	"import_note" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid,
  	"regions_id" uuid,
  	"articles_id" uuid
  );
  
  CREATE TABLE "_articles_v_version_categories" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__articles_v_version_categories",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_articles_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_kicker" varchar,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_dateline" varchar,
  	"version_body" jsonb,
  	"version_hero_image_id" uuid,
  	"version_source" varchar,
  	"version_responsible_editor_id" uuid,
  	"version_responsible_editor_name" varchar,
  	"version_campaign_id" uuid,
  	"version_original_url" varchar,
  	"version_import_note" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid,
  	"regions_id" uuid,
  	"articles_id" uuid
  );
  
  CREATE TABLE "topics_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" uuid,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_stat_counters_counters" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"source" "enum_topics_blocks_stat_counters_counters_source" DEFAULT 'computed',
  	"metric" "enum_topics_blocks_stat_counters_counters_metric",
  	"value" numeric,
  	"unit" varchar
  );
  
  CREATE TABLE "topics_blocks_stat_counters" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"campaign_id" uuid,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_case_showcase" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT '优秀案例',
  	"campaign_id" uuid,
  	"case_type" varchar,
  	"region_id" uuid,
  	"limit" numeric DEFAULT 6,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_livestream_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT '直播带货',
  	"campaign_id" uuid,
  	"show_chart" boolean DEFAULT true,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_article_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"filter" "enum_topics_blocks_article_list_filter" DEFAULT 'topic',
  	"category" "enum_topics_blocks_article_list_category",
  	"region_id" uuid,
  	"limit" numeric DEFAULT 8,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_region_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT '各地动态',
  	"parent_id" uuid,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_timeline_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"title" varchar,
  	"text" varchar,
  	"link" varchar
  );
  
  CREATE TABLE "topics_blocks_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_related_reading" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT '延伸阅读',
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"file_id" uuid,
  	"url" varchar,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"campaign_id" uuid,
  	"intro" varchar,
  	"theme_primary_color" varchar DEFAULT '#b8232f',
  	"theme_banner_id" uuid,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"livestream_events_id" uuid,
  	"articles_id" uuid
  );
  
  CREATE TABLE "_topics_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" uuid,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_stat_counters_counters" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"source" "enum__topics_v_blocks_stat_counters_counters_source" DEFAULT 'computed',
  	"metric" "enum__topics_v_blocks_stat_counters_counters_metric",
  	"value" numeric,
  	"unit" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_stat_counters" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"heading" varchar,
  	"campaign_id" uuid,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_case_showcase" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"heading" varchar DEFAULT '优秀案例',
  	"campaign_id" uuid,
  	"case_type" varchar,
  	"region_id" uuid,
  	"limit" numeric DEFAULT 6,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_livestream_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"heading" varchar DEFAULT '直播带货',
  	"campaign_id" uuid,
  	"show_chart" boolean DEFAULT true,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_article_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"heading" varchar,
  	"filter" "enum__topics_v_blocks_article_list_filter" DEFAULT 'topic',
  	"category" "enum__topics_v_blocks_article_list_category",
  	"region_id" uuid,
  	"limit" numeric DEFAULT 8,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_region_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"heading" varchar DEFAULT '各地动态',
  	"parent_id" uuid,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_timeline_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"date" timestamp(3) with time zone,
  	"title" varchar,
  	"text" varchar,
  	"link" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_related_reading" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"heading" varchar DEFAULT '延伸阅读',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"file_id" uuid,
  	"url" varchar,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_campaign_id" uuid,
  	"version_intro" varchar,
  	"version_theme_primary_color" varchar DEFAULT '#b8232f',
  	"version_theme_banner_id" uuid,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"livestream_events_id" uuid,
  	"articles_id" uuid
  );
  
  CREATE TABLE "livestream_events_branch_studios" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"place" varchar
  );
  
  CREATE TABLE "livestream_events_hosts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"outlet" varchar
  );
  
  CREATE TABLE "livestream_events_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "livestream_events_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"category" varchar,
  	"origin_region_id" uuid,
  	"price_fen" numeric,
  	"buy_url" varchar
  );
  
  CREATE TABLE "livestream_events_snapshots" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"as_of" timestamp(3) with time zone,
  	"visits" numeric,
  	"peak_viewers" numeric,
  	"units_sold" numeric,
  	"dealer_inquiries" numeric,
  	"online_sales_fen" numeric,
  	"offline_sales_fen" numeric,
  	"order_value_fen" numeric,
  	"source_note" varchar
  );
  
  CREATE TABLE "livestream_events_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "livestream_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"campaign_id" uuid,
  	"region_id" uuid,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"main_studio" varchar,
  	"current_as_of" timestamp(3) with time zone,
  	"current_visits" numeric,
  	"current_peak_viewers" numeric,
  	"current_units_sold" numeric,
  	"current_dealer_inquiries" numeric,
  	"current_online_sales_fen" numeric,
  	"current_offline_sales_fen" numeric,
  	"current_order_value_fen" numeric,
  	"current_total_sales_fen" numeric,
  	"replay_video_id" uuid,
  	"replay_url" varchar,
  	"slug" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_livestream_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "livestream_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "_livestream_events_v_version_branch_studios" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"place" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_livestream_events_v_version_hosts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"outlet" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_livestream_events_v_version_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_livestream_events_v_version_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"category" varchar,
  	"origin_region_id" uuid,
  	"price_fen" numeric,
  	"buy_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_livestream_events_v_version_snapshots" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"as_of" timestamp(3) with time zone,
  	"visits" numeric,
  	"peak_viewers" numeric,
  	"units_sold" numeric,
  	"dealer_inquiries" numeric,
  	"online_sales_fen" numeric,
  	"offline_sales_fen" numeric,
  	"order_value_fen" numeric,
  	"source_note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_livestream_events_v_version_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_livestream_events_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_campaign_id" uuid,
  	"version_region_id" uuid,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_main_studio" varchar,
  	"version_current_as_of" timestamp(3) with time zone,
  	"version_current_visits" numeric,
  	"version_current_peak_viewers" numeric,
  	"version_current_units_sold" numeric,
  	"version_current_dealer_inquiries" numeric,
  	"version_current_online_sales_fen" numeric,
  	"version_current_offline_sales_fen" numeric,
  	"version_current_order_value_fen" numeric,
  	"version_current_total_sales_fen" numeric,
  	"version_replay_video_id" uuid,
  	"version_replay_url" varchar,
  	"version_slug" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__livestream_events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_livestream_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "campaigns_guiding_units" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organization_id" uuid,
  	"name" varchar
  );
  
  CREATE TABLE "campaigns_hosts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organization_id" uuid,
  	"name" varchar
  );
  
  CREATE TABLE "campaigns_organisers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organization_id" uuid,
  	"name" varchar
  );
  
  CREATE TABLE "campaigns_co_organisers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organization_id" uuid,
  	"name" varchar
  );
  
  CREATE TABLE "campaigns_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_campaigns_activities_type" NOT NULL,
  	"title" varchar NOT NULL,
  	"starts" timestamp(3) with time zone,
  	"ends" timestamp(3) with time zone,
  	"place" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "campaigns_case_call_review_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"starts" timestamp(3) with time zone,
  	"ends" timestamp(3) with time zone
  );
  
  CREATE TABLE "campaigns" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"series" varchar,
  	"year" numeric NOT NULL,
  	"edition" numeric,
  	"theme" varchar,
  	"slogan" varchar,
  	"period_starts" timestamp(3) with time zone,
  	"period_ends" timestamp(3) with time zone,
  	"outcomes_cases_received" numeric,
  	"outcomes_excellent_cases" numeric,
  	"outcomes_visits" numeric,
  	"outcomes_sales_fen" numeric,
  	"outcomes_ad_value_fen" numeric,
  	"case_call_submission_opens" timestamp(3) with time zone,
  	"case_call_submission_closes" timestamp(3) with time zone,
  	"case_call_publicity_days" numeric DEFAULT 7,
  	"case_call_voting_opens" timestamp(3) with time zone,
  	"case_call_voting_closes" timestamp(3) with time zone,
  	"case_call_expert_weight" numeric DEFAULT 70,
  	"case_call_vote_weight" numeric DEFAULT 30,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "case_submissions_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"value" numeric NOT NULL,
  	"unit" varchar
  );
  
  CREATE TABLE "case_submissions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"campaign_id" uuid NOT NULL,
  	"type" varchar NOT NULL,
  	"region_id" uuid,
  	"organization_id" uuid,
  	"intake_channel" "enum_case_submissions_intake_channel" DEFAULT 'self',
  	"intake_recommender" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"contact_person" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"status" "enum_case_submissions_status" DEFAULT 'draft' NOT NULL,
  	"publicity_ends_at" timestamp(3) with time zone,
  	"published_on_site" boolean DEFAULT false,
  	"feature_article_id" uuid,
  	"votes" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "case_submissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "case_reviews" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"case_id" uuid NOT NULL,
  	"reviewer_id" uuid,
  	"scores_typicality" numeric NOT NULL,
  	"scores_innovation" numeric NOT NULL,
  	"scores_effectiveness" numeric NOT NULL,
  	"scores_replicability" numeric NOT NULL,
  	"comment" varchar,
  	"total" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "case_votes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"case_id" uuid NOT NULL,
  	"voter" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"address" varchar,
  	"network" varchar,
  	"minute" varchar,
  	"proof" varchar,
  	"voided" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "vote_bursts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"case_id" uuid NOT NULL,
  	"network" varchar NOT NULL,
  	"minute" varchar NOT NULL,
  	"votes" numeric NOT NULL,
  	"state" "enum_vote_bursts_state" DEFAULT 'open' NOT NULL,
  	"voided_votes" numeric,
  	"decided_by_id" uuid,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "case_objections" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"case_id" uuid NOT NULL,
  	"name" varchar NOT NULL,
  	"contact" varchar NOT NULL,
  	"reason" varchar NOT NULL,
  	"status" "enum_case_objections_status" DEFAULT 'pending' NOT NULL,
  	"decision_reason" varchar,
  	"decided_by_id" uuid,
  	"decided_at" timestamp(3) with time zone,
  	"sender_hash" varchar,
  	"proof" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"case_id" uuid NOT NULL,
  	"organization_id" uuid,
  	"from" "enum_audit_events_from" NOT NULL,
  	"to" "enum_audit_events_to" NOT NULL,
  	"actor_id" uuid,
  	"at" timestamp(3) with time zone NOT NULL,
  	"comment" varchar,
  	"ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"organization_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" uuid
  );
  
  CREATE TABLE "organizations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_organizations_kind" NOT NULL,
  	"region_id" uuid,
  	"contact_person" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"approval" "enum_organizations_approval" DEFAULT 'approved',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"level" "enum_regions_level" NOT NULL,
  	"parent_id" uuid,
  	"full_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"uploaded_by_id" uuid,
  	"visible_to_readers" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "search_index" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"source_collection" "enum_search_index_source_collection" NOT NULL,
  	"source_id" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"excerpt" varchar,
  	"date" timestamp(3) with time zone,
  	"tokens" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_index_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" uuid
  );
  
  CREATE TABLE "page_views" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"viewed_collection" "enum_page_views_viewed_collection" NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "view_totals" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"viewed_collection" "enum_view_totals_viewed_collection" NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"as_of" varchar NOT NULL,
  	"three_days" numeric DEFAULT 0 NOT NULL,
  	"week" numeric DEFAULT 0 NOT NULL,
  	"month" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "article_listings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"article_id" varchar NOT NULL,
  	"listing" varchar NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"topics_id" uuid,
  	"livestream_events_id" uuid
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"topics_id" uuid,
  	"livestream_events_id" uuid,
  	"campaigns_id" uuid,
  	"case_submissions_id" uuid,
  	"case_reviews_id" uuid,
  	"case_votes_id" uuid,
  	"vote_bursts_id" uuid,
  	"case_objections_id" uuid,
  	"audit_events_id" uuid,
  	"users_id" uuid,
  	"organizations_id" uuid,
  	"regions_id" uuid,
  	"media_id" uuid,
  	"search_index_id" uuid,
  	"page_views_id" uuid,
  	"view_totals_id" uuid,
  	"article_listings_id" uuid,
  	"redirects_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_categories" ADD CONSTRAINT "articles_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_responsible_editor_id_users_id_fk" FOREIGN KEY ("responsible_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_categories" ADD CONSTRAINT "_articles_v_version_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_responsible_editor_id_users_id_fk" FOREIGN KEY ("version_responsible_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_hero" ADD CONSTRAINT "topics_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_hero" ADD CONSTRAINT "topics_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_stat_counters_counters" ADD CONSTRAINT "topics_blocks_stat_counters_counters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_stat_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_stat_counters" ADD CONSTRAINT "topics_blocks_stat_counters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_stat_counters" ADD CONSTRAINT "topics_blocks_stat_counters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_case_showcase" ADD CONSTRAINT "topics_blocks_case_showcase_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_case_showcase" ADD CONSTRAINT "topics_blocks_case_showcase_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_case_showcase" ADD CONSTRAINT "topics_blocks_case_showcase_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_livestream_highlights" ADD CONSTRAINT "topics_blocks_livestream_highlights_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_livestream_highlights" ADD CONSTRAINT "topics_blocks_livestream_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_article_list" ADD CONSTRAINT "topics_blocks_article_list_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_article_list" ADD CONSTRAINT "topics_blocks_article_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_region_grid" ADD CONSTRAINT "topics_blocks_region_grid_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_region_grid" ADD CONSTRAINT "topics_blocks_region_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_timeline_items" ADD CONSTRAINT "topics_blocks_timeline_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_timeline"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_timeline" ADD CONSTRAINT "topics_blocks_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_rich_text" ADD CONSTRAINT "topics_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_related_reading" ADD CONSTRAINT "topics_blocks_related_reading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_video" ADD CONSTRAINT "topics_blocks_video_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_video" ADD CONSTRAINT "topics_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_theme_banner_id_media_id_fk" FOREIGN KEY ("theme_banner_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_livestream_events_fk" FOREIGN KEY ("livestream_events_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_hero" ADD CONSTRAINT "_topics_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_hero" ADD CONSTRAINT "_topics_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_stat_counters_counters" ADD CONSTRAINT "_topics_v_blocks_stat_counters_counters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_stat_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_stat_counters" ADD CONSTRAINT "_topics_v_blocks_stat_counters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_stat_counters" ADD CONSTRAINT "_topics_v_blocks_stat_counters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_case_showcase" ADD CONSTRAINT "_topics_v_blocks_case_showcase_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_case_showcase" ADD CONSTRAINT "_topics_v_blocks_case_showcase_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_case_showcase" ADD CONSTRAINT "_topics_v_blocks_case_showcase_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_livestream_highlights" ADD CONSTRAINT "_topics_v_blocks_livestream_highlights_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_livestream_highlights" ADD CONSTRAINT "_topics_v_blocks_livestream_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_article_list" ADD CONSTRAINT "_topics_v_blocks_article_list_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_article_list" ADD CONSTRAINT "_topics_v_blocks_article_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_region_grid" ADD CONSTRAINT "_topics_v_blocks_region_grid_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_region_grid" ADD CONSTRAINT "_topics_v_blocks_region_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_timeline_items" ADD CONSTRAINT "_topics_v_blocks_timeline_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_timeline"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_timeline" ADD CONSTRAINT "_topics_v_blocks_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_rich_text" ADD CONSTRAINT "_topics_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_related_reading" ADD CONSTRAINT "_topics_v_blocks_related_reading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_video" ADD CONSTRAINT "_topics_v_blocks_video_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_video" ADD CONSTRAINT "_topics_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_theme_banner_id_media_id_fk" FOREIGN KEY ("version_theme_banner_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_livestream_events_fk" FOREIGN KEY ("livestream_events_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "livestream_events_branch_studios" ADD CONSTRAINT "livestream_events_branch_studios_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "livestream_events_hosts" ADD CONSTRAINT "livestream_events_hosts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "livestream_events_guests" ADD CONSTRAINT "livestream_events_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "livestream_events_products" ADD CONSTRAINT "livestream_events_products_origin_region_id_regions_id_fk" FOREIGN KEY ("origin_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "livestream_events_products" ADD CONSTRAINT "livestream_events_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "livestream_events_snapshots" ADD CONSTRAINT "livestream_events_snapshots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "livestream_events_channels" ADD CONSTRAINT "livestream_events_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "livestream_events" ADD CONSTRAINT "livestream_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "livestream_events" ADD CONSTRAINT "livestream_events_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "livestream_events" ADD CONSTRAINT "livestream_events_replay_video_id_media_id_fk" FOREIGN KEY ("replay_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "livestream_events" ADD CONSTRAINT "livestream_events_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "livestream_events_rels" ADD CONSTRAINT "livestream_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "livestream_events_rels" ADD CONSTRAINT "livestream_events_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_version_branch_studios" ADD CONSTRAINT "_livestream_events_v_version_branch_studios_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_livestream_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_version_hosts" ADD CONSTRAINT "_livestream_events_v_version_hosts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_livestream_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_version_guests" ADD CONSTRAINT "_livestream_events_v_version_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_livestream_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_version_products" ADD CONSTRAINT "_livestream_events_v_version_products_origin_region_id_regions_id_fk" FOREIGN KEY ("origin_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_version_products" ADD CONSTRAINT "_livestream_events_v_version_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_livestream_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_version_snapshots" ADD CONSTRAINT "_livestream_events_v_version_snapshots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_livestream_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_version_channels" ADD CONSTRAINT "_livestream_events_v_version_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_livestream_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_livestream_events_v" ADD CONSTRAINT "_livestream_events_v_parent_id_livestream_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."livestream_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_livestream_events_v" ADD CONSTRAINT "_livestream_events_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_livestream_events_v" ADD CONSTRAINT "_livestream_events_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_livestream_events_v" ADD CONSTRAINT "_livestream_events_v_version_replay_video_id_media_id_fk" FOREIGN KEY ("version_replay_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_livestream_events_v" ADD CONSTRAINT "_livestream_events_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_rels" ADD CONSTRAINT "_livestream_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_livestream_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_livestream_events_v_rels" ADD CONSTRAINT "_livestream_events_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_guiding_units" ADD CONSTRAINT "campaigns_guiding_units_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_guiding_units" ADD CONSTRAINT "campaigns_guiding_units_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_hosts" ADD CONSTRAINT "campaigns_hosts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_hosts" ADD CONSTRAINT "campaigns_hosts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_organisers" ADD CONSTRAINT "campaigns_organisers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_organisers" ADD CONSTRAINT "campaigns_organisers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_co_organisers" ADD CONSTRAINT "campaigns_co_organisers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_co_organisers" ADD CONSTRAINT "campaigns_co_organisers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_activities" ADD CONSTRAINT "campaigns_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_case_call_review_phases" ADD CONSTRAINT "campaigns_case_call_review_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_texts" ADD CONSTRAINT "campaigns_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_submissions_key_figures" ADD CONSTRAINT "case_submissions_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."case_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_submissions" ADD CONSTRAINT "case_submissions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_submissions" ADD CONSTRAINT "case_submissions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_submissions" ADD CONSTRAINT "case_submissions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_submissions" ADD CONSTRAINT "case_submissions_feature_article_id_articles_id_fk" FOREIGN KEY ("feature_article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_submissions_rels" ADD CONSTRAINT "case_submissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."case_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_submissions_rels" ADD CONSTRAINT "case_submissions_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_submissions_rels" ADD CONSTRAINT "case_submissions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_reviews" ADD CONSTRAINT "case_reviews_case_id_case_submissions_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_reviews" ADD CONSTRAINT "case_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_votes" ADD CONSTRAINT "case_votes_case_id_case_submissions_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vote_bursts" ADD CONSTRAINT "vote_bursts_case_id_case_submissions_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vote_bursts" ADD CONSTRAINT "vote_bursts_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_objections" ADD CONSTRAINT "case_objections_case_id_case_submissions_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_objections" ADD CONSTRAINT "case_objections_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_case_id_case_submissions_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_livestream_events_fk" FOREIGN KEY ("livestream_events_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_livestream_events_fk" FOREIGN KEY ("livestream_events_id") REFERENCES "public"."livestream_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_submissions_fk" FOREIGN KEY ("case_submissions_id") REFERENCES "public"."case_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_reviews_fk" FOREIGN KEY ("case_reviews_id") REFERENCES "public"."case_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_votes_fk" FOREIGN KEY ("case_votes_id") REFERENCES "public"."case_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vote_bursts_fk" FOREIGN KEY ("vote_bursts_id") REFERENCES "public"."vote_bursts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_objections_fk" FOREIGN KEY ("case_objections_id") REFERENCES "public"."case_objections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_events_fk" FOREIGN KEY ("audit_events_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_views_fk" FOREIGN KEY ("page_views_id") REFERENCES "public"."page_views"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_view_totals_fk" FOREIGN KEY ("view_totals_id") REFERENCES "public"."view_totals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_article_listings_fk" FOREIGN KEY ("article_listings_id") REFERENCES "public"."article_listings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_categories_order_idx" ON "articles_categories" USING btree ("order");
  CREATE INDEX "articles_categories_parent_idx" ON "articles_categories" USING btree ("parent_id");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_responsible_editor_idx" ON "articles" USING btree ("responsible_editor_id");
  CREATE INDEX "articles_campaign_idx" ON "articles" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles" USING btree ("meta_image_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_createdAt_idx" ON "articles" USING btree ("_status","published_at","created_at");
  CREATE INDEX "campaign__status_idx" ON "articles" USING btree ("campaign_id","_status");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_texts_parent_idx" ON "articles_texts" USING btree ("parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "articles_rels_regions_id_idx" ON "articles_rels" USING btree ("regions_id");
  CREATE INDEX "articles_rels_articles_id_idx" ON "articles_rels" USING btree ("articles_id");
  CREATE INDEX "_articles_v_version_categories_order_idx" ON "_articles_v_version_categories" USING btree ("order");
  CREATE INDEX "_articles_v_version_categories_parent_idx" ON "_articles_v_version_categories" USING btree ("parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_responsible_editor_idx" ON "_articles_v" USING btree ("version_responsible_editor_id");
  CREATE INDEX "_articles_v_version_version_campaign_idx" ON "_articles_v" USING btree ("version_campaign_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_articles_v" USING btree ("version__status","version_published_at","version_created_at");
  CREATE INDEX "version_campaign_version__status_idx" ON "_articles_v" USING btree ("version_campaign_id","version__status");
  CREATE INDEX "_articles_v_latest_updated_idx" ON "_articles_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_texts_parent_idx" ON "_articles_v_texts" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_rels_regions_id_idx" ON "_articles_v_rels" USING btree ("regions_id");
  CREATE INDEX "_articles_v_rels_articles_id_idx" ON "_articles_v_rels" USING btree ("articles_id");
  CREATE INDEX "topics_blocks_hero_order_idx" ON "topics_blocks_hero" USING btree ("_order");
  CREATE INDEX "topics_blocks_hero_parent_id_idx" ON "topics_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_hero_path_idx" ON "topics_blocks_hero" USING btree ("_path");
  CREATE INDEX "topics_blocks_hero_image_idx" ON "topics_blocks_hero" USING btree ("image_id");
  CREATE INDEX "topics_blocks_stat_counters_counters_order_idx" ON "topics_blocks_stat_counters_counters" USING btree ("_order");
  CREATE INDEX "topics_blocks_stat_counters_counters_parent_id_idx" ON "topics_blocks_stat_counters_counters" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_stat_counters_order_idx" ON "topics_blocks_stat_counters" USING btree ("_order");
  CREATE INDEX "topics_blocks_stat_counters_parent_id_idx" ON "topics_blocks_stat_counters" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_stat_counters_path_idx" ON "topics_blocks_stat_counters" USING btree ("_path");
  CREATE INDEX "topics_blocks_stat_counters_campaign_idx" ON "topics_blocks_stat_counters" USING btree ("campaign_id");
  CREATE INDEX "topics_blocks_case_showcase_order_idx" ON "topics_blocks_case_showcase" USING btree ("_order");
  CREATE INDEX "topics_blocks_case_showcase_parent_id_idx" ON "topics_blocks_case_showcase" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_case_showcase_path_idx" ON "topics_blocks_case_showcase" USING btree ("_path");
  CREATE INDEX "topics_blocks_case_showcase_campaign_idx" ON "topics_blocks_case_showcase" USING btree ("campaign_id");
  CREATE INDEX "topics_blocks_case_showcase_region_idx" ON "topics_blocks_case_showcase" USING btree ("region_id");
  CREATE INDEX "topics_blocks_livestream_highlights_order_idx" ON "topics_blocks_livestream_highlights" USING btree ("_order");
  CREATE INDEX "topics_blocks_livestream_highlights_parent_id_idx" ON "topics_blocks_livestream_highlights" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_livestream_highlights_path_idx" ON "topics_blocks_livestream_highlights" USING btree ("_path");
  CREATE INDEX "topics_blocks_livestream_highlights_campaign_idx" ON "topics_blocks_livestream_highlights" USING btree ("campaign_id");
  CREATE INDEX "topics_blocks_article_list_order_idx" ON "topics_blocks_article_list" USING btree ("_order");
  CREATE INDEX "topics_blocks_article_list_parent_id_idx" ON "topics_blocks_article_list" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_article_list_path_idx" ON "topics_blocks_article_list" USING btree ("_path");
  CREATE INDEX "topics_blocks_article_list_region_idx" ON "topics_blocks_article_list" USING btree ("region_id");
  CREATE INDEX "topics_blocks_region_grid_order_idx" ON "topics_blocks_region_grid" USING btree ("_order");
  CREATE INDEX "topics_blocks_region_grid_parent_id_idx" ON "topics_blocks_region_grid" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_region_grid_path_idx" ON "topics_blocks_region_grid" USING btree ("_path");
  CREATE INDEX "topics_blocks_region_grid_parent_idx" ON "topics_blocks_region_grid" USING btree ("parent_id");
  CREATE INDEX "topics_blocks_timeline_items_order_idx" ON "topics_blocks_timeline_items" USING btree ("_order");
  CREATE INDEX "topics_blocks_timeline_items_parent_id_idx" ON "topics_blocks_timeline_items" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_timeline_order_idx" ON "topics_blocks_timeline" USING btree ("_order");
  CREATE INDEX "topics_blocks_timeline_parent_id_idx" ON "topics_blocks_timeline" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_timeline_path_idx" ON "topics_blocks_timeline" USING btree ("_path");
  CREATE INDEX "topics_blocks_rich_text_order_idx" ON "topics_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "topics_blocks_rich_text_parent_id_idx" ON "topics_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_rich_text_path_idx" ON "topics_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "topics_blocks_related_reading_order_idx" ON "topics_blocks_related_reading" USING btree ("_order");
  CREATE INDEX "topics_blocks_related_reading_parent_id_idx" ON "topics_blocks_related_reading" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_related_reading_path_idx" ON "topics_blocks_related_reading" USING btree ("_path");
  CREATE INDEX "topics_blocks_video_order_idx" ON "topics_blocks_video" USING btree ("_order");
  CREATE INDEX "topics_blocks_video_parent_id_idx" ON "topics_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_video_path_idx" ON "topics_blocks_video" USING btree ("_path");
  CREATE INDEX "topics_blocks_video_file_idx" ON "topics_blocks_video" USING btree ("file_id");
  CREATE INDEX "topics_campaign_idx" ON "topics" USING btree ("campaign_id");
  CREATE INDEX "topics_theme_theme_banner_idx" ON "topics" USING btree ("theme_banner_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_published_at_idx" ON "topics" USING btree ("published_at");
  CREATE INDEX "topics_meta_meta_image_idx" ON "topics" USING btree ("meta_image_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");
  CREATE INDEX "topics_rels_order_idx" ON "topics_rels" USING btree ("order");
  CREATE INDEX "topics_rels_parent_idx" ON "topics_rels" USING btree ("parent_id");
  CREATE INDEX "topics_rels_path_idx" ON "topics_rels" USING btree ("path");
  CREATE INDEX "topics_rels_livestream_events_id_idx" ON "topics_rels" USING btree ("livestream_events_id");
  CREATE INDEX "topics_rels_articles_id_idx" ON "topics_rels" USING btree ("articles_id");
  CREATE INDEX "_topics_v_blocks_hero_order_idx" ON "_topics_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_hero_parent_id_idx" ON "_topics_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_hero_path_idx" ON "_topics_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_hero_image_idx" ON "_topics_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_topics_v_blocks_stat_counters_counters_order_idx" ON "_topics_v_blocks_stat_counters_counters" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_stat_counters_counters_parent_id_idx" ON "_topics_v_blocks_stat_counters_counters" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_stat_counters_order_idx" ON "_topics_v_blocks_stat_counters" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_stat_counters_parent_id_idx" ON "_topics_v_blocks_stat_counters" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_stat_counters_path_idx" ON "_topics_v_blocks_stat_counters" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_stat_counters_campaign_idx" ON "_topics_v_blocks_stat_counters" USING btree ("campaign_id");
  CREATE INDEX "_topics_v_blocks_case_showcase_order_idx" ON "_topics_v_blocks_case_showcase" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_case_showcase_parent_id_idx" ON "_topics_v_blocks_case_showcase" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_case_showcase_path_idx" ON "_topics_v_blocks_case_showcase" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_case_showcase_campaign_idx" ON "_topics_v_blocks_case_showcase" USING btree ("campaign_id");
  CREATE INDEX "_topics_v_blocks_case_showcase_region_idx" ON "_topics_v_blocks_case_showcase" USING btree ("region_id");
  CREATE INDEX "_topics_v_blocks_livestream_highlights_order_idx" ON "_topics_v_blocks_livestream_highlights" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_livestream_highlights_parent_id_idx" ON "_topics_v_blocks_livestream_highlights" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_livestream_highlights_path_idx" ON "_topics_v_blocks_livestream_highlights" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_livestream_highlights_campaign_idx" ON "_topics_v_blocks_livestream_highlights" USING btree ("campaign_id");
  CREATE INDEX "_topics_v_blocks_article_list_order_idx" ON "_topics_v_blocks_article_list" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_article_list_parent_id_idx" ON "_topics_v_blocks_article_list" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_article_list_path_idx" ON "_topics_v_blocks_article_list" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_article_list_region_idx" ON "_topics_v_blocks_article_list" USING btree ("region_id");
  CREATE INDEX "_topics_v_blocks_region_grid_order_idx" ON "_topics_v_blocks_region_grid" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_region_grid_parent_id_idx" ON "_topics_v_blocks_region_grid" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_region_grid_path_idx" ON "_topics_v_blocks_region_grid" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_region_grid_parent_idx" ON "_topics_v_blocks_region_grid" USING btree ("parent_id");
  CREATE INDEX "_topics_v_blocks_timeline_items_order_idx" ON "_topics_v_blocks_timeline_items" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_timeline_items_parent_id_idx" ON "_topics_v_blocks_timeline_items" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_timeline_order_idx" ON "_topics_v_blocks_timeline" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_timeline_parent_id_idx" ON "_topics_v_blocks_timeline" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_timeline_path_idx" ON "_topics_v_blocks_timeline" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_rich_text_order_idx" ON "_topics_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_rich_text_parent_id_idx" ON "_topics_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_rich_text_path_idx" ON "_topics_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_related_reading_order_idx" ON "_topics_v_blocks_related_reading" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_related_reading_parent_id_idx" ON "_topics_v_blocks_related_reading" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_related_reading_path_idx" ON "_topics_v_blocks_related_reading" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_video_order_idx" ON "_topics_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_video_parent_id_idx" ON "_topics_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_video_path_idx" ON "_topics_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_video_file_idx" ON "_topics_v_blocks_video" USING btree ("file_id");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_campaign_idx" ON "_topics_v" USING btree ("version_campaign_id");
  CREATE INDEX "_topics_v_version_theme_version_theme_banner_idx" ON "_topics_v" USING btree ("version_theme_banner_id");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v" USING btree ("version_slug");
  CREATE INDEX "_topics_v_version_version_published_at_idx" ON "_topics_v" USING btree ("version_published_at");
  CREATE INDEX "_topics_v_version_meta_version_meta_image_idx" ON "_topics_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE INDEX "_topics_v_autosave_idx" ON "_topics_v" USING btree ("autosave");
  CREATE INDEX "_topics_v_latest_updated_idx" ON "_topics_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_topics_v_rels_order_idx" ON "_topics_v_rels" USING btree ("order");
  CREATE INDEX "_topics_v_rels_parent_idx" ON "_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topics_v_rels_path_idx" ON "_topics_v_rels" USING btree ("path");
  CREATE INDEX "_topics_v_rels_livestream_events_id_idx" ON "_topics_v_rels" USING btree ("livestream_events_id");
  CREATE INDEX "_topics_v_rels_articles_id_idx" ON "_topics_v_rels" USING btree ("articles_id");
  CREATE INDEX "livestream_events_branch_studios_order_idx" ON "livestream_events_branch_studios" USING btree ("_order");
  CREATE INDEX "livestream_events_branch_studios_parent_id_idx" ON "livestream_events_branch_studios" USING btree ("_parent_id");
  CREATE INDEX "livestream_events_hosts_order_idx" ON "livestream_events_hosts" USING btree ("_order");
  CREATE INDEX "livestream_events_hosts_parent_id_idx" ON "livestream_events_hosts" USING btree ("_parent_id");
  CREATE INDEX "livestream_events_guests_order_idx" ON "livestream_events_guests" USING btree ("_order");
  CREATE INDEX "livestream_events_guests_parent_id_idx" ON "livestream_events_guests" USING btree ("_parent_id");
  CREATE INDEX "livestream_events_products_order_idx" ON "livestream_events_products" USING btree ("_order");
  CREATE INDEX "livestream_events_products_parent_id_idx" ON "livestream_events_products" USING btree ("_parent_id");
  CREATE INDEX "livestream_events_products_origin_region_idx" ON "livestream_events_products" USING btree ("origin_region_id");
  CREATE INDEX "livestream_events_snapshots_order_idx" ON "livestream_events_snapshots" USING btree ("_order");
  CREATE INDEX "livestream_events_snapshots_parent_id_idx" ON "livestream_events_snapshots" USING btree ("_parent_id");
  CREATE INDEX "livestream_events_channels_order_idx" ON "livestream_events_channels" USING btree ("_order");
  CREATE INDEX "livestream_events_channels_parent_id_idx" ON "livestream_events_channels" USING btree ("_parent_id");
  CREATE INDEX "livestream_events_campaign_idx" ON "livestream_events" USING btree ("campaign_id");
  CREATE INDEX "livestream_events_region_idx" ON "livestream_events" USING btree ("region_id");
  CREATE INDEX "livestream_events_starts_at_idx" ON "livestream_events" USING btree ("starts_at");
  CREATE INDEX "livestream_events_replay_replay_video_idx" ON "livestream_events" USING btree ("replay_video_id");
  CREATE UNIQUE INDEX "livestream_events_slug_idx" ON "livestream_events" USING btree ("slug");
  CREATE INDEX "livestream_events_meta_meta_image_idx" ON "livestream_events" USING btree ("meta_image_id");
  CREATE INDEX "livestream_events_updated_at_idx" ON "livestream_events" USING btree ("updated_at");
  CREATE INDEX "livestream_events_created_at_idx" ON "livestream_events" USING btree ("created_at");
  CREATE INDEX "livestream_events__status_idx" ON "livestream_events" USING btree ("_status");
  CREATE INDEX "campaign__status_startsAt_idx" ON "livestream_events" USING btree ("campaign_id","_status","starts_at");
  CREATE INDEX "_status_region_startsAt_idx" ON "livestream_events" USING btree ("_status","region_id","starts_at");
  CREATE INDEX "livestream_events_rels_order_idx" ON "livestream_events_rels" USING btree ("order");
  CREATE INDEX "livestream_events_rels_parent_idx" ON "livestream_events_rels" USING btree ("parent_id");
  CREATE INDEX "livestream_events_rels_path_idx" ON "livestream_events_rels" USING btree ("path");
  CREATE INDEX "livestream_events_rels_media_id_idx" ON "livestream_events_rels" USING btree ("media_id");
  CREATE INDEX "_livestream_events_v_version_branch_studios_order_idx" ON "_livestream_events_v_version_branch_studios" USING btree ("_order");
  CREATE INDEX "_livestream_events_v_version_branch_studios_parent_id_idx" ON "_livestream_events_v_version_branch_studios" USING btree ("_parent_id");
  CREATE INDEX "_livestream_events_v_version_hosts_order_idx" ON "_livestream_events_v_version_hosts" USING btree ("_order");
  CREATE INDEX "_livestream_events_v_version_hosts_parent_id_idx" ON "_livestream_events_v_version_hosts" USING btree ("_parent_id");
  CREATE INDEX "_livestream_events_v_version_guests_order_idx" ON "_livestream_events_v_version_guests" USING btree ("_order");
  CREATE INDEX "_livestream_events_v_version_guests_parent_id_idx" ON "_livestream_events_v_version_guests" USING btree ("_parent_id");
  CREATE INDEX "_livestream_events_v_version_products_order_idx" ON "_livestream_events_v_version_products" USING btree ("_order");
  CREATE INDEX "_livestream_events_v_version_products_parent_id_idx" ON "_livestream_events_v_version_products" USING btree ("_parent_id");
  CREATE INDEX "_livestream_events_v_version_products_origin_region_idx" ON "_livestream_events_v_version_products" USING btree ("origin_region_id");
  CREATE INDEX "_livestream_events_v_version_snapshots_order_idx" ON "_livestream_events_v_version_snapshots" USING btree ("_order");
  CREATE INDEX "_livestream_events_v_version_snapshots_parent_id_idx" ON "_livestream_events_v_version_snapshots" USING btree ("_parent_id");
  CREATE INDEX "_livestream_events_v_version_channels_order_idx" ON "_livestream_events_v_version_channels" USING btree ("_order");
  CREATE INDEX "_livestream_events_v_version_channels_parent_id_idx" ON "_livestream_events_v_version_channels" USING btree ("_parent_id");
  CREATE INDEX "_livestream_events_v_parent_idx" ON "_livestream_events_v" USING btree ("parent_id");
  CREATE INDEX "_livestream_events_v_version_version_campaign_idx" ON "_livestream_events_v" USING btree ("version_campaign_id");
  CREATE INDEX "_livestream_events_v_version_version_region_idx" ON "_livestream_events_v" USING btree ("version_region_id");
  CREATE INDEX "_livestream_events_v_version_version_starts_at_idx" ON "_livestream_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_livestream_events_v_version_replay_version_replay_video_idx" ON "_livestream_events_v" USING btree ("version_replay_video_id");
  CREATE INDEX "_livestream_events_v_version_version_slug_idx" ON "_livestream_events_v" USING btree ("version_slug");
  CREATE INDEX "_livestream_events_v_version_meta_version_meta_image_idx" ON "_livestream_events_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_livestream_events_v_version_version_updated_at_idx" ON "_livestream_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_livestream_events_v_version_version_created_at_idx" ON "_livestream_events_v" USING btree ("version_created_at");
  CREATE INDEX "_livestream_events_v_version_version__status_idx" ON "_livestream_events_v" USING btree ("version__status");
  CREATE INDEX "_livestream_events_v_created_at_idx" ON "_livestream_events_v" USING btree ("created_at");
  CREATE INDEX "_livestream_events_v_updated_at_idx" ON "_livestream_events_v" USING btree ("updated_at");
  CREATE INDEX "_livestream_events_v_latest_idx" ON "_livestream_events_v" USING btree ("latest");
  CREATE INDEX "_livestream_events_v_autosave_idx" ON "_livestream_events_v" USING btree ("autosave");
  CREATE INDEX "version_campaign_version__status_version_startsAt_idx" ON "_livestream_events_v" USING btree ("version_campaign_id","version__status","version_starts_at");
  CREATE INDEX "version__status_version_region_version_startsAt_idx" ON "_livestream_events_v" USING btree ("version__status","version_region_id","version_starts_at");
  CREATE INDEX "_livestream_events_v_latest_updated_idx" ON "_livestream_events_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_livestream_events_v_rels_order_idx" ON "_livestream_events_v_rels" USING btree ("order");
  CREATE INDEX "_livestream_events_v_rels_parent_idx" ON "_livestream_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_livestream_events_v_rels_path_idx" ON "_livestream_events_v_rels" USING btree ("path");
  CREATE INDEX "_livestream_events_v_rels_media_id_idx" ON "_livestream_events_v_rels" USING btree ("media_id");
  CREATE INDEX "campaigns_guiding_units_order_idx" ON "campaigns_guiding_units" USING btree ("_order");
  CREATE INDEX "campaigns_guiding_units_parent_id_idx" ON "campaigns_guiding_units" USING btree ("_parent_id");
  CREATE INDEX "campaigns_guiding_units_organization_idx" ON "campaigns_guiding_units" USING btree ("organization_id");
  CREATE INDEX "campaigns_hosts_order_idx" ON "campaigns_hosts" USING btree ("_order");
  CREATE INDEX "campaigns_hosts_parent_id_idx" ON "campaigns_hosts" USING btree ("_parent_id");
  CREATE INDEX "campaigns_hosts_organization_idx" ON "campaigns_hosts" USING btree ("organization_id");
  CREATE INDEX "campaigns_organisers_order_idx" ON "campaigns_organisers" USING btree ("_order");
  CREATE INDEX "campaigns_organisers_parent_id_idx" ON "campaigns_organisers" USING btree ("_parent_id");
  CREATE INDEX "campaigns_organisers_organization_idx" ON "campaigns_organisers" USING btree ("organization_id");
  CREATE INDEX "campaigns_co_organisers_order_idx" ON "campaigns_co_organisers" USING btree ("_order");
  CREATE INDEX "campaigns_co_organisers_parent_id_idx" ON "campaigns_co_organisers" USING btree ("_parent_id");
  CREATE INDEX "campaigns_co_organisers_organization_idx" ON "campaigns_co_organisers" USING btree ("organization_id");
  CREATE INDEX "campaigns_activities_order_idx" ON "campaigns_activities" USING btree ("_order");
  CREATE INDEX "campaigns_activities_parent_id_idx" ON "campaigns_activities" USING btree ("_parent_id");
  CREATE INDEX "campaigns_case_call_review_phases_order_idx" ON "campaigns_case_call_review_phases" USING btree ("_order");
  CREATE INDEX "campaigns_case_call_review_phases_parent_id_idx" ON "campaigns_case_call_review_phases" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_texts_order_parent" ON "campaigns_texts" USING btree ("order","parent_id");
  CREATE INDEX "campaigns_texts_parent_idx" ON "campaigns_texts" USING btree ("parent_id");
  CREATE INDEX "case_submissions_key_figures_order_idx" ON "case_submissions_key_figures" USING btree ("_order");
  CREATE INDEX "case_submissions_key_figures_parent_id_idx" ON "case_submissions_key_figures" USING btree ("_parent_id");
  CREATE INDEX "case_submissions_campaign_idx" ON "case_submissions" USING btree ("campaign_id");
  CREATE INDEX "case_submissions_type_idx" ON "case_submissions" USING btree ("type");
  CREATE INDEX "case_submissions_region_idx" ON "case_submissions" USING btree ("region_id");
  CREATE INDEX "case_submissions_organization_idx" ON "case_submissions" USING btree ("organization_id");
  CREATE INDEX "case_submissions_status_idx" ON "case_submissions" USING btree ("status");
  CREATE INDEX "case_submissions_feature_article_idx" ON "case_submissions" USING btree ("feature_article_id");
  CREATE INDEX "case_submissions_updated_at_idx" ON "case_submissions" USING btree ("updated_at");
  CREATE INDEX "case_submissions_created_at_idx" ON "case_submissions" USING btree ("created_at");
  CREATE INDEX "campaign_status_idx" ON "case_submissions" USING btree ("campaign_id","status");
  CREATE INDEX "status_updatedAt_idx" ON "case_submissions" USING btree ("status","updated_at");
  CREATE INDEX "status_publishedOnSite_updatedAt_idx" ON "case_submissions" USING btree ("status","published_on_site","updated_at");
  CREATE INDEX "case_submissions_rels_order_idx" ON "case_submissions_rels" USING btree ("order");
  CREATE INDEX "case_submissions_rels_parent_idx" ON "case_submissions_rels" USING btree ("parent_id");
  CREATE INDEX "case_submissions_rels_path_idx" ON "case_submissions_rels" USING btree ("path");
  CREATE INDEX "case_submissions_rels_media_id_idx" ON "case_submissions_rels" USING btree ("media_id");
  CREATE INDEX "case_submissions_rels_users_id_idx" ON "case_submissions_rels" USING btree ("users_id");
  CREATE INDEX "case_reviews_case_idx" ON "case_reviews" USING btree ("case_id");
  CREATE INDEX "case_reviews_reviewer_idx" ON "case_reviews" USING btree ("reviewer_id");
  CREATE INDEX "case_reviews_updated_at_idx" ON "case_reviews" USING btree ("updated_at");
  CREATE INDEX "case_reviews_created_at_idx" ON "case_reviews" USING btree ("created_at");
  CREATE UNIQUE INDEX "case_reviewer_idx" ON "case_reviews" USING btree ("case_id","reviewer_id");
  CREATE INDEX "case_votes_case_idx" ON "case_votes" USING btree ("case_id");
  CREATE UNIQUE INDEX "case_votes_proof_idx" ON "case_votes" USING btree ("proof");
  CREATE INDEX "case_votes_voided_idx" ON "case_votes" USING btree ("voided");
  CREATE INDEX "case_votes_updated_at_idx" ON "case_votes" USING btree ("updated_at");
  CREATE INDEX "case_votes_created_at_idx" ON "case_votes" USING btree ("created_at");
  CREATE UNIQUE INDEX "case_voter_day_idx" ON "case_votes" USING btree ("case_id","voter","day");
  CREATE INDEX "voter_day_idx" ON "case_votes" USING btree ("voter","day");
  CREATE INDEX "case_day_address_idx" ON "case_votes" USING btree ("case_id","day","address");
  CREATE INDEX "case_day_network_idx" ON "case_votes" USING btree ("case_id","day","network");
  CREATE INDEX "case_network_minute_idx" ON "case_votes" USING btree ("case_id","network","minute");
  CREATE INDEX "vote_bursts_case_idx" ON "vote_bursts" USING btree ("case_id");
  CREATE INDEX "vote_bursts_state_idx" ON "vote_bursts" USING btree ("state");
  CREATE INDEX "vote_bursts_decided_by_idx" ON "vote_bursts" USING btree ("decided_by_id");
  CREATE INDEX "vote_bursts_updated_at_idx" ON "vote_bursts" USING btree ("updated_at");
  CREATE INDEX "vote_bursts_created_at_idx" ON "vote_bursts" USING btree ("created_at");
  CREATE UNIQUE INDEX "case_network_minute_1_idx" ON "vote_bursts" USING btree ("case_id","network","minute");
  CREATE INDEX "case_objections_case_idx" ON "case_objections" USING btree ("case_id");
  CREATE INDEX "case_objections_status_idx" ON "case_objections" USING btree ("status");
  CREATE INDEX "case_objections_decided_by_idx" ON "case_objections" USING btree ("decided_by_id");
  CREATE INDEX "case_objections_sender_hash_idx" ON "case_objections" USING btree ("sender_hash");
  CREATE UNIQUE INDEX "case_objections_proof_idx" ON "case_objections" USING btree ("proof");
  CREATE INDEX "case_objections_updated_at_idx" ON "case_objections" USING btree ("updated_at");
  CREATE INDEX "case_objections_created_at_idx" ON "case_objections" USING btree ("created_at");
  CREATE INDEX "audit_events_case_idx" ON "audit_events" USING btree ("case_id");
  CREATE INDEX "audit_events_organization_idx" ON "audit_events" USING btree ("organization_id");
  CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id");
  CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");
  CREATE INDEX "audit_events_updated_at_idx" ON "audit_events" USING btree ("updated_at");
  CREATE INDEX "audit_events_created_at_idx" ON "audit_events" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_organizations_id_idx" ON "users_rels" USING btree ("organizations_id");
  CREATE UNIQUE INDEX "organizations_name_idx" ON "organizations" USING btree ("name");
  CREATE INDEX "organizations_region_idx" ON "organizations" USING btree ("region_id");
  CREATE INDEX "organizations_approval_idx" ON "organizations" USING btree ("approval");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE UNIQUE INDEX "regions_code_idx" ON "regions" USING btree ("code");
  CREATE INDEX "regions_level_idx" ON "regions" USING btree ("level");
  CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_id");
  CREATE INDEX "regions_full_name_idx" ON "regions" USING btree ("full_name");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_visible_to_readers_idx" ON "media" USING btree ("visible_to_readers");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "search_index_source_collection_idx" ON "search_index" USING btree ("source_collection");
  CREATE INDEX "search_index_date_idx" ON "search_index" USING btree ("date");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE UNIQUE INDEX "sourceCollection_sourceId_idx" ON "search_index" USING btree ("source_collection","source_id");
  CREATE INDEX "search_index_rels_order_idx" ON "search_index_rels" USING btree ("order");
  CREATE INDEX "search_index_rels_parent_idx" ON "search_index_rels" USING btree ("parent_id");
  CREATE INDEX "search_index_rels_path_idx" ON "search_index_rels" USING btree ("path");
  CREATE INDEX "search_index_rels_regions_id_idx" ON "search_index_rels" USING btree ("regions_id");
  CREATE INDEX "page_views_updated_at_idx" ON "page_views" USING btree ("updated_at");
  CREATE INDEX "page_views_created_at_idx" ON "page_views" USING btree ("created_at");
  CREATE UNIQUE INDEX "viewedCollection_docId_day_idx" ON "page_views" USING btree ("viewed_collection","doc_id","day");
  CREATE INDEX "viewedCollection_day_idx" ON "page_views" USING btree ("viewed_collection","day");
  CREATE INDEX "view_totals_as_of_idx" ON "view_totals" USING btree ("as_of");
  CREATE INDEX "view_totals_updated_at_idx" ON "view_totals" USING btree ("updated_at");
  CREATE INDEX "view_totals_created_at_idx" ON "view_totals" USING btree ("created_at");
  CREATE UNIQUE INDEX "viewedCollection_docId_idx" ON "view_totals" USING btree ("viewed_collection","doc_id");
  CREATE INDEX "viewedCollection_threeDays_idx" ON "view_totals" USING btree ("viewed_collection","three_days");
  CREATE INDEX "viewedCollection_week_idx" ON "view_totals" USING btree ("viewed_collection","week");
  CREATE INDEX "viewedCollection_month_idx" ON "view_totals" USING btree ("viewed_collection","month");
  CREATE INDEX "article_listings_article_id_idx" ON "article_listings" USING btree ("article_id");
  CREATE INDEX "article_listings_updated_at_idx" ON "article_listings" USING btree ("updated_at");
  CREATE INDEX "article_listings_created_at_idx" ON "article_listings" USING btree ("created_at");
  CREATE INDEX "listing_publishedAt_createdAt_idx" ON "article_listings" USING btree ("listing","published_at","created_at");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_articles_id_idx" ON "redirects_rels" USING btree ("articles_id");
  CREATE INDEX "redirects_rels_topics_id_idx" ON "redirects_rels" USING btree ("topics_id");
  CREATE INDEX "redirects_rels_livestream_events_id_idx" ON "redirects_rels" USING btree ("livestream_events_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_livestream_events_id_idx" ON "payload_locked_documents_rels" USING btree ("livestream_events_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_case_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("case_submissions_id");
  CREATE INDEX "payload_locked_documents_rels_case_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("case_reviews_id");
  CREATE INDEX "payload_locked_documents_rels_case_votes_id_idx" ON "payload_locked_documents_rels" USING btree ("case_votes_id");
  CREATE INDEX "payload_locked_documents_rels_vote_bursts_id_idx" ON "payload_locked_documents_rels" USING btree ("vote_bursts_id");
  CREATE INDEX "payload_locked_documents_rels_case_objections_id_idx" ON "payload_locked_documents_rels" USING btree ("case_objections_id");
  CREATE INDEX "payload_locked_documents_rels_audit_events_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_events_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_locked_documents_rels_page_views_id_idx" ON "payload_locked_documents_rels" USING btree ("page_views_id");
  CREATE INDEX "payload_locked_documents_rels_view_totals_id_idx" ON "payload_locked_documents_rels" USING btree ("view_totals_id");
  CREATE INDEX "payload_locked_documents_rels_article_listings_id_idx" ON "payload_locked_documents_rels" USING btree ("article_listings_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_categories" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_categories" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "topics_blocks_hero" CASCADE;
  DROP TABLE "topics_blocks_stat_counters_counters" CASCADE;
  DROP TABLE "topics_blocks_stat_counters" CASCADE;
  DROP TABLE "topics_blocks_case_showcase" CASCADE;
  DROP TABLE "topics_blocks_livestream_highlights" CASCADE;
  DROP TABLE "topics_blocks_article_list" CASCADE;
  DROP TABLE "topics_blocks_region_grid" CASCADE;
  DROP TABLE "topics_blocks_timeline_items" CASCADE;
  DROP TABLE "topics_blocks_timeline" CASCADE;
  DROP TABLE "topics_blocks_rich_text" CASCADE;
  DROP TABLE "topics_blocks_related_reading" CASCADE;
  DROP TABLE "topics_blocks_video" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_rels" CASCADE;
  DROP TABLE "_topics_v_blocks_hero" CASCADE;
  DROP TABLE "_topics_v_blocks_stat_counters_counters" CASCADE;
  DROP TABLE "_topics_v_blocks_stat_counters" CASCADE;
  DROP TABLE "_topics_v_blocks_case_showcase" CASCADE;
  DROP TABLE "_topics_v_blocks_livestream_highlights" CASCADE;
  DROP TABLE "_topics_v_blocks_article_list" CASCADE;
  DROP TABLE "_topics_v_blocks_region_grid" CASCADE;
  DROP TABLE "_topics_v_blocks_timeline_items" CASCADE;
  DROP TABLE "_topics_v_blocks_timeline" CASCADE;
  DROP TABLE "_topics_v_blocks_rich_text" CASCADE;
  DROP TABLE "_topics_v_blocks_related_reading" CASCADE;
  DROP TABLE "_topics_v_blocks_video" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_rels" CASCADE;
  DROP TABLE "livestream_events_branch_studios" CASCADE;
  DROP TABLE "livestream_events_hosts" CASCADE;
  DROP TABLE "livestream_events_guests" CASCADE;
  DROP TABLE "livestream_events_products" CASCADE;
  DROP TABLE "livestream_events_snapshots" CASCADE;
  DROP TABLE "livestream_events_channels" CASCADE;
  DROP TABLE "livestream_events" CASCADE;
  DROP TABLE "livestream_events_rels" CASCADE;
  DROP TABLE "_livestream_events_v_version_branch_studios" CASCADE;
  DROP TABLE "_livestream_events_v_version_hosts" CASCADE;
  DROP TABLE "_livestream_events_v_version_guests" CASCADE;
  DROP TABLE "_livestream_events_v_version_products" CASCADE;
  DROP TABLE "_livestream_events_v_version_snapshots" CASCADE;
  DROP TABLE "_livestream_events_v_version_channels" CASCADE;
  DROP TABLE "_livestream_events_v" CASCADE;
  DROP TABLE "_livestream_events_v_rels" CASCADE;
  DROP TABLE "campaigns_guiding_units" CASCADE;
  DROP TABLE "campaigns_hosts" CASCADE;
  DROP TABLE "campaigns_organisers" CASCADE;
  DROP TABLE "campaigns_co_organisers" CASCADE;
  DROP TABLE "campaigns_activities" CASCADE;
  DROP TABLE "campaigns_case_call_review_phases" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_texts" CASCADE;
  DROP TABLE "case_submissions_key_figures" CASCADE;
  DROP TABLE "case_submissions" CASCADE;
  DROP TABLE "case_submissions_rels" CASCADE;
  DROP TABLE "case_reviews" CASCADE;
  DROP TABLE "case_votes" CASCADE;
  DROP TABLE "vote_bursts" CASCADE;
  DROP TABLE "case_objections" CASCADE;
  DROP TABLE "audit_events" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "regions" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "search_index_rels" CASCADE;
  DROP TABLE "page_views" CASCADE;
  DROP TABLE "view_totals" CASCADE;
  DROP TABLE "article_listings" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_articles_categories";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_categories";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_topics_blocks_stat_counters_counters_source";
  DROP TYPE "public"."enum_topics_blocks_stat_counters_counters_metric";
  DROP TYPE "public"."enum_topics_blocks_article_list_filter";
  DROP TYPE "public"."enum_topics_blocks_article_list_category";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_blocks_stat_counters_counters_source";
  DROP TYPE "public"."enum__topics_v_blocks_stat_counters_counters_metric";
  DROP TYPE "public"."enum__topics_v_blocks_article_list_filter";
  DROP TYPE "public"."enum__topics_v_blocks_article_list_category";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum_livestream_events_status";
  DROP TYPE "public"."enum__livestream_events_v_version_status";
  DROP TYPE "public"."enum_campaigns_activities_type";
  DROP TYPE "public"."enum_case_submissions_intake_channel";
  DROP TYPE "public"."enum_case_submissions_status";
  DROP TYPE "public"."enum_vote_bursts_state";
  DROP TYPE "public"."enum_case_objections_status";
  DROP TYPE "public"."enum_audit_events_from";
  DROP TYPE "public"."enum_audit_events_to";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_organizations_kind";
  DROP TYPE "public"."enum_organizations_approval";
  DROP TYPE "public"."enum_regions_level";
  DROP TYPE "public"."enum_search_index_source_collection";
  DROP TYPE "public"."enum_page_views_viewed_collection";
  DROP TYPE "public"."enum_view_totals_viewed_collection";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
