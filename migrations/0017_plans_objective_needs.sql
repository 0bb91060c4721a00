DROP INDEX "plan_objectives_need_idx";--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD COLUMN "need_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD COLUMN "need_titles" jsonb DEFAULT '[]'::jsonb NOT NULL;