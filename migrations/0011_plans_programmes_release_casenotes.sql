CREATE TABLE "case_note_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"type" text NOT NULL,
	"sensitivity" text NOT NULL,
	"occurred_on" date NOT NULL,
	"text" text NOT NULL,
	"reason" text,
	"written_by" uuid NOT NULL,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_note_versions_reason" CHECK (("case_note_versions"."version" = 1) = ("case_note_versions"."reason" is null)),
	CONSTRAINT "case_note_versions_positive" CHECK ("case_note_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"sensitive" boolean DEFAULT false NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"kind" text DEFAULT 'general' NOT NULL,
	"description" text NOT NULL,
	"responsible_user_id" uuid,
	"responsible_agency" text,
	"target_date" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"status_reason" text,
	"enrolment_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_actions_responsible" CHECK ("plan_actions"."responsible_user_id" is not null or "plan_actions"."responsible_agency" is not null),
	CONSTRAINT "plan_actions_reason" CHECK ("plan_actions"."status" not in ('cancelled', 'not_completed') or "plan_actions"."status_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "plan_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"event" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"source" text NOT NULL,
	"need_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"need_titles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"wording" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_progress_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_rejected_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"need_code" text NOT NULL,
	"need_title" jsonb NOT NULL,
	"reason" text NOT NULL,
	"rejected_by" uuid NOT NULL,
	"rejected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"summary" text NOT NULL,
	"next_review_date" date NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"return_comment" text,
	"next_review_date" date,
	"agreement" text,
	"person_words" text,
	"agreement_on" date,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_closed_reason" CHECK ("plans"."status" <> 'closed' or "plans"."close_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "programme_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"attended" boolean NOT NULL,
	"absence_reason" text,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_attendance_reason_check" CHECK ("programme_attendance"."attended" = ("programme_attendance"."absence_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "programme_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"enrolled_on" date,
	"outcome_reason" text,
	"outcome_note" text,
	"outcome_on" date,
	"outcome_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"facilitator_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"room" text NOT NULL,
	"room_places" integer NOT NULL,
	"capacity" integer NOT NULL,
	"language" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "programme_groups_capacity_check" CHECK ("programme_groups"."capacity" >= 1 and "programme_groups"."capacity" <= "programme_groups"."room_places")
);
--> statement-breakpoint
CREATE TABLE "programme_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"held_on" date NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "programme_sessions_time_check" CHECK ("programme_sessions"."starts_at" ~ '^[0-2][0-9]:[0-5][0-9]$' and "programme_sessions"."ends_at" > "programme_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"source" text DEFAULT 'local' NOT NULL,
	"target_needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"sexes" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_min" integer,
	"age_max" integer,
	"risk_levels" text[] DEFAULT '{}'::text[] NOT NULL,
	"legal_statuses" text[] DEFAULT '{}'::text[] NOT NULL,
	"delivery_languages" text[] NOT NULL,
	"session_count" integer NOT NULL,
	"default_capacity" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_code_unique" UNIQUE("code"),
	CONSTRAINT "programmes_sessions_check" CHECK ("programmes"."session_count" between 1 and 200),
	CONSTRAINT "programmes_capacity_check" CHECK ("programmes"."default_capacity" between 1 and 100),
	CONSTRAINT "programmes_age_check" CHECK ("programmes"."age_min" is null or "programmes"."age_max" is null or "programmes"."age_min" <= "programmes"."age_max")
);
--> statement-breakpoint
CREATE TABLE "release_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pathway_id" uuid NOT NULL,
	"what" text NOT NULL,
	"who" text NOT NULL,
	"target_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "release_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_office_id" uuid NOT NULL,
	"release_on" date NOT NULL,
	"send_by" date NOT NULL,
	"package" jsonb NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"acknowledgement_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "release_handovers_ack" CHECK (("release_handovers"."status" = 'acknowledged') = ("release_handovers"."acknowledged_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "release_pathways" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"pathway" text NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "release_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"trigger" text NOT NULL,
	"release_on" date NOT NULL,
	"release_type" text,
	"supervision" text,
	"receiving_office_id" uuid,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"closed_on" date,
	"closed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "case_note_versions" ADD CONSTRAINT "case_note_versions_note_id_case_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."case_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note_versions" ADD CONSTRAINT "case_note_versions_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_objective_id_plan_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."plan_objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_enrolment_id_programme_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."programme_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_history" ADD CONSTRAINT "plan_history_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_history" ADD CONSTRAINT "plan_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_progress_notes" ADD CONSTRAINT "plan_progress_notes_review_id_plan_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."plan_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_progress_notes" ADD CONSTRAINT "plan_progress_notes_objective_id_plan_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."plan_objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_rejected_needs" ADD CONSTRAINT "plan_rejected_needs_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_rejected_needs" ADD CONSTRAINT "plan_rejected_needs_rejected_by_users_id_fk" FOREIGN KEY ("rejected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_attendance" ADD CONSTRAINT "programme_attendance_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_attendance" ADD CONSTRAINT "programme_attendance_enrolment_id_programme_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."programme_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_attendance" ADD CONSTRAINT "programme_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_group_id_programme_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."programme_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_outcome_by_users_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_group_id_programme_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."programme_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_actions" ADD CONSTRAINT "release_actions_pathway_id_release_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."release_pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_actions" ADD CONSTRAINT "release_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_actions" ADD CONSTRAINT "release_actions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_handovers" ADD CONSTRAINT "release_handovers_plan_id_release_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."release_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_handovers" ADD CONSTRAINT "release_handovers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_handovers" ADD CONSTRAINT "release_handovers_from_unit_id_org_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_handovers" ADD CONSTRAINT "release_handovers_to_office_id_org_units_id_fk" FOREIGN KEY ("to_office_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_handovers" ADD CONSTRAINT "release_handovers_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_handovers" ADD CONSTRAINT "release_handovers_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_pathways" ADD CONSTRAINT "release_pathways_plan_id_release_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."release_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_pathways" ADD CONSTRAINT "release_pathways_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_plans" ADD CONSTRAINT "release_plans_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_plans" ADD CONSTRAINT "release_plans_receiving_office_id_org_units_id_fk" FOREIGN KEY ("receiving_office_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_plans" ADD CONSTRAINT "release_plans_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_plans" ADD CONSTRAINT "release_plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_plans" ADD CONSTRAINT "release_plans_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_note_versions_note_version_idx" ON "case_note_versions" USING btree ("note_id","version");--> statement-breakpoint
CREATE INDEX "case_notes_person_idx" ON "case_notes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "plan_actions_plan_idx" ON "plan_actions" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_actions_enrolment_idx" ON "plan_actions" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "plan_history_plan_idx" ON "plan_history" USING btree ("plan_id","at");--> statement-breakpoint
CREATE INDEX "plan_objectives_plan_idx" ON "plan_objectives" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_progress_notes_idx" ON "plan_progress_notes" USING btree ("review_id","objective_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_rejected_needs_idx" ON "plan_rejected_needs" USING btree ("plan_id","need_code");--> statement-breakpoint
CREATE INDEX "plan_reviews_plan_idx" ON "plan_reviews" USING btree ("plan_id","reviewed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_open_per_person_idx" ON "plans" USING btree ("person_id") WHERE "plans"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "plans_review_due_idx" ON "plans" USING btree ("next_review_date") WHERE "plans"."status" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "programme_attendance_unique_idx" ON "programme_attendance" USING btree ("session_id","enrolment_id");--> statement-breakpoint
CREATE INDEX "programme_enrolments_group_idx" ON "programme_enrolments" USING btree ("group_id","status","queued_at");--> statement-breakpoint
CREATE INDEX "programme_enrolments_person_idx" ON "programme_enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_enrolments_open_idx" ON "programme_enrolments" USING btree ("person_id","programme_id") WHERE "programme_enrolments"."status" in ('enrolled', 'waiting');--> statement-breakpoint
CREATE INDEX "programme_groups_unit_idx" ON "programme_groups" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "programme_groups_facilitator_idx" ON "programme_groups" USING btree ("facilitator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_sessions_number_idx" ON "programme_sessions" USING btree ("group_id","number");--> statement-breakpoint
CREATE INDEX "programme_sessions_day_idx" ON "programme_sessions" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "release_actions_pathway_idx" ON "release_actions" USING btree ("pathway_id");--> statement-breakpoint
CREATE UNIQUE INDEX "release_handovers_plan_idx" ON "release_handovers" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "release_handovers_office_idx" ON "release_handovers" USING btree ("to_office_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "release_pathways_plan_pathway_idx" ON "release_pathways" USING btree ("plan_id","pathway");--> statement-breakpoint
CREATE UNIQUE INDEX "release_plans_one_open_idx" ON "release_plans" USING btree ("person_id") WHERE "release_plans"."status" = 'open';--> statement-breakpoint
CREATE INDEX "release_plans_office_idx" ON "release_plans" USING btree ("receiving_office_id");--> statement-breakpoint
-- A case note is never edited silently: a correction adds a version and the earlier ones stay. The versions are
-- append-only for every role (the application's included), so no code path can rewrite what was written.
CREATE FUNCTION case_note_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case note versions are append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_note_versions_append_only BEFORE UPDATE OR DELETE ON case_note_versions
  FOR EACH ROW EXECUTE FUNCTION case_note_versions_refuse_change();
