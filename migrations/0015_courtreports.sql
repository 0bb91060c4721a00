CREATE TABLE "court_report_courts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"starting_list" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "court_report_courts_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "court_report_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"event" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_report_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"interviewee" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"summary" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"court_id" uuid,
	"court_name" text,
	"judge" text NOT NULL,
	"case_number" text NOT NULL,
	"received_on" date NOT NULL,
	"deadline" date NOT NULL,
	"questions" text NOT NULL,
	"episode_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"screening_assessment_id" uuid,
	"screening_note" text,
	"family_situation" text,
	"employment_situation" text,
	"needs" text,
	"person_view" text,
	"recommendation" text,
	"recommendation_reasons" text,
	"proposed_conditions" text,
	"recommended_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"return_comment" text,
	"first_issued_at" timestamp with time zone,
	"decided_on" date,
	"sentence" text,
	"sentence_details" text,
	"followed" text,
	"decision_recorded_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "court_reports_court" CHECK ("court_reports"."court_id" is not null or "court_reports"."court_name" is not null),
	CONSTRAINT "court_reports_deadline" CHECK ("court_reports"."deadline" >= "court_reports"."received_on"),
	CONSTRAINT "court_reports_decided" CHECK ("court_reports"."status" <> 'decided' or ("court_reports"."sentence" is not null and "court_reports"."followed" is not null))
);
--> statement-breakpoint
ALTER TABLE "court_report_history" ADD CONSTRAINT "court_report_history_report_id_court_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."court_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_report_history" ADD CONSTRAINT "court_report_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_report_interviews" ADD CONSTRAINT "court_report_interviews_report_id_court_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."court_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_report_interviews" ADD CONSTRAINT "court_report_interviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_office_id_org_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_court_id_court_report_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."court_report_courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_episode_id_probation_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."probation_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_screening_assessment_id_assessments_id_fk" FOREIGN KEY ("screening_assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_recommended_by_users_id_fk" FOREIGN KEY ("recommended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_decision_recorded_by_users_id_fk" FOREIGN KEY ("decision_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_reports" ADD CONSTRAINT "court_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "court_report_history_report_idx" ON "court_report_history" USING btree ("report_id","at");--> statement-breakpoint
CREATE INDEX "court_report_interviews_report_idx" ON "court_report_interviews" USING btree ("report_id","held_on");--> statement-breakpoint
CREATE INDEX "court_reports_office_idx" ON "court_reports" USING btree ("office_id","status","deadline");--> statement-breakpoint
CREATE INDEX "court_reports_officer_idx" ON "court_reports" USING btree ("officer_id","status");--> statement-breakpoint
CREATE INDEX "court_reports_person_idx" ON "court_reports" USING btree ("person_id");