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
CREATE UNIQUE INDEX "programme_attendance_unique_idx" ON "programme_attendance" USING btree ("session_id","enrolment_id");--> statement-breakpoint
CREATE INDEX "programme_enrolments_group_idx" ON "programme_enrolments" USING btree ("group_id","status","queued_at");--> statement-breakpoint
CREATE INDEX "programme_enrolments_person_idx" ON "programme_enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_enrolments_open_idx" ON "programme_enrolments" USING btree ("person_id","programme_id") WHERE "programme_enrolments"."status" in ('enrolled', 'waiting');--> statement-breakpoint
CREATE INDEX "programme_groups_unit_idx" ON "programme_groups" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "programme_groups_facilitator_idx" ON "programme_groups" USING btree ("facilitator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_sessions_number_idx" ON "programme_sessions" USING btree ("group_id","number");--> statement-breakpoint
CREATE INDEX "programme_sessions_day_idx" ON "programme_sessions" USING btree ("held_on");