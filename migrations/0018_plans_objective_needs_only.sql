ALTER TABLE "plan_objectives" DROP COLUMN "need_code";--> statement-breakpoint
ALTER TABLE "plan_objectives" DROP COLUMN "need_title";