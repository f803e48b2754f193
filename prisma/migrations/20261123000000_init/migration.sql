-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('sales', 'marketing');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('paid_search', 'paid_social', 'organic_search', 'email', 'events', 'content', 'referral', 'partner', 'outbound', 'other');

-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('marketing', 'sales', 'partner');

-- CreateEnum
CREATE TYPE "OpportunityStage" AS ENUM ('open', 'won', 'lost');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'marketing', 'sales');

-- CreateTable
CREATE TABLE "teams" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TeamKind" NOT NULL,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spend" (
    "id" TEXT NOT NULL,
    "campaign_id" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "note" TEXT,
    "entered_by" TEXT,
    "entered_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "spend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "leads" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "company" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "source" "LeadSource" NOT NULL,
    "campaign_id" TEXT,
    "channel" "Channel",
    "score" INTEGER,
    "mql_at" TIMESTAMPTZ(6),
    "sql_at" TIMESTAMPTZ(6),
    "disqualified_at" TIMESTAMPTZ(6),
    "owner_id" TEXT,

    CONSTRAINT "leads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handoffs" (
    "id" TEXT NOT NULL,
    "lead_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(6) NOT NULL,
    "accepted_at" TIMESTAMPTZ(6),
    "rejected_at" TIMESTAMPTZ(6),
    "rejection_reason" TEXT,
    "first_follow_up_at" TIMESTAMPTZ(6),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "handoffs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opportunities" (
    "id" TEXT NOT NULL,
    "lead_id" TEXT,
    "name" TEXT,
    "team_id" TEXT,
    "owner_id" TEXT,
    "source" "LeadSource" NOT NULL,
    "campaign_id" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "stage" "OpportunityStage" NOT NULL,
    "quoted_at" TIMESTAMPTZ(6),
    "closed_at" TIMESTAMPTZ(6),

    CONSTRAINT "opportunities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customers" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "opportunity_id" TEXT,
    "campaign_id" TEXT,
    "channel" "Channel",
    "started_at" TIMESTAMPTZ(6) NOT NULL,
    "churned_at" TIMESTAMPTZ(6),
    "mrr" DECIMAL(14,2) NOT NULL DEFAULT 0,

    CONSTRAINT "customers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "traffic" (
    "date" DATE NOT NULL,
    "channel" "Channel" NOT NULL,
    "landing_page" TEXT NOT NULL,
    "sessions" INTEGER NOT NULL DEFAULT 0,
    "users" INTEGER NOT NULL DEFAULT 0,
    "pageviews" INTEGER NOT NULL DEFAULT 0,
    "bounces" INTEGER NOT NULL DEFAULT 0,
    "total_session_seconds" BIGINT NOT NULL DEFAULT 0,
    "conversions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "traffic_pkey" PRIMARY KEY ("date","channel","landing_page")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "team_id" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "targets" (
    "id" TEXT NOT NULL,
    "kpi_id" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "value" DECIMAL(18,6) NOT NULL,
    "team_id" TEXT,

    CONSTRAINT "targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "campaigns_channel_idx" ON "campaigns"("channel");

-- CreateIndex
CREATE INDEX "spend_period_start_period_end_idx" ON "spend"("period_start", "period_end");

-- CreateIndex
CREATE INDEX "spend_campaign_id_period_start_idx" ON "spend"("campaign_id", "period_start");

-- CreateIndex
CREATE INDEX "leads_created_at_idx" ON "leads"("created_at");

-- CreateIndex
CREATE INDEX "leads_mql_at_idx" ON "leads"("mql_at");

-- CreateIndex
CREATE INDEX "leads_sql_at_idx" ON "leads"("sql_at");

-- CreateIndex
CREATE INDEX "leads_campaign_id_created_at_idx" ON "leads"("campaign_id", "created_at");

-- CreateIndex
CREATE INDEX "handoffs_sent_at_idx" ON "handoffs"("sent_at");

-- CreateIndex
CREATE INDEX "handoffs_team_id_sent_at_idx" ON "handoffs"("team_id", "sent_at");

-- CreateIndex
CREATE INDEX "handoffs_lead_id_idx" ON "handoffs"("lead_id");

-- CreateIndex
CREATE INDEX "opportunities_created_at_idx" ON "opportunities"("created_at");

-- CreateIndex
CREATE INDEX "opportunities_closed_at_idx" ON "opportunities"("closed_at");

-- CreateIndex
CREATE INDEX "opportunities_quoted_at_idx" ON "opportunities"("quoted_at");

-- CreateIndex
CREATE INDEX "opportunities_lead_id_idx" ON "opportunities"("lead_id");

-- CreateIndex
CREATE INDEX "opportunities_team_id_closed_at_idx" ON "opportunities"("team_id", "closed_at");

-- CreateIndex
CREATE INDEX "opportunities_campaign_id_idx" ON "opportunities"("campaign_id");

-- CreateIndex
CREATE INDEX "customers_started_at_idx" ON "customers"("started_at");

-- CreateIndex
CREATE INDEX "customers_churned_at_idx" ON "customers"("churned_at");

-- CreateIndex
CREATE INDEX "customers_campaign_id_idx" ON "customers"("campaign_id");

-- CreateIndex
CREATE INDEX "customers_opportunity_id_idx" ON "customers"("opportunity_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- CreateIndex
CREATE INDEX "targets_kpi_id_period_start_idx" ON "targets"("kpi_id", "period_start");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_at_idx" ON "audit_log"("entity", "entity_id", "at");

-- AddForeignKey
ALTER TABLE "spend" ADD CONSTRAINT "spend_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customers" ADD CONSTRAINT "customers_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customers" ADD CONSTRAINT "customers_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

