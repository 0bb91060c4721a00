CREATE TABLE "concern_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"event" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_people_involved" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"person_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"description" text NOT NULL,
	"responsible" text NOT NULL,
	"target_date" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"summary" text NOT NULL,
	"next_review_date" date NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"place" text,
	"indicators" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"triage_due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'reported' NOT NULL,
	"triage_outcome" text,
	"triage_note" text,
	"triaged_by" uuid,
	"triaged_at" timestamp with time zone,
	"findings" text,
	"investigated_by" uuid,
	"investigated_at" timestamp with time zone,
	"decision" text,
	"decision_reasons" text,
	"alert_type" text,
	"referral_agency" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"next_review_date" date,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concerns_something_observed" CHECK (cardinality("concerns"."indicators") > 0 or length("concerns"."description") > 0),
	CONSTRAINT "concerns_closed_reason" CHECK ("concerns"."status" <> 'closed' or "concerns"."close_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "manual_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manual_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manual_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"manual_code" text NOT NULL,
	"version" integer NOT NULL,
	"title" jsonb NOT NULL,
	"change_note" text NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_cells" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"capacity" integer NOT NULL,
	"sex" text NOT NULL,
	"age_group" text NOT NULL,
	"custody" text NOT NULL,
	"regime" text,
	"specialist_unit" boolean DEFAULT false NOT NULL,
	"separation_unit" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_cells_capacity_check" CHECK ("placement_cells"."capacity" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "placement_locations" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"cell_id" uuid NOT NULL,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"from_cell_id" uuid,
	"to_cell_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"moved_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"conflicts" jsonb NOT NULL,
	"override_reason" text,
	"approved_by" uuid,
	CONSTRAINT "placement_moves_override_check" CHECK (jsonb_array_length("placement_moves"."conflicts") = 0 or "placement_moves"."override_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "placement_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "separation_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"until" date NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	CONSTRAINT "separation_extensions_second_person" CHECK ("separation_extensions"."approved_by" is null or "separation_extensions"."approved_by" <> "separation_extensions"."requested_by")
);
--> statement-breakpoint
CREATE TABLE "separation_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"reason" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "separation_periods_dates_check" CHECK ("separation_periods"."ended_on" is null or "separation_periods"."ended_on" >= "separation_periods"."started_on")
);
--> statement-breakpoint
ALTER TABLE "concern_history" ADD CONSTRAINT "concern_history_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_history" ADD CONSTRAINT "concern_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_people_involved" ADD CONSTRAINT "concern_people_involved_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_people_involved" ADD CONSTRAINT "concern_people_involved_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_plan_actions" ADD CONSTRAINT "concern_plan_actions_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_plan_actions" ADD CONSTRAINT "concern_plan_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reviews" ADD CONSTRAINT "concern_reviews_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reviews" ADD CONSTRAINT "concern_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_triaged_by_users_id_fk" FOREIGN KEY ("triaged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_investigated_by_users_id_fk" FOREIGN KEY ("investigated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_acknowledgements" ADD CONSTRAINT "manual_acknowledgements_version_id_manual_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."manual_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_acknowledgements" ADD CONSTRAINT "manual_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_sections" ADD CONSTRAINT "manual_sections_version_id_manual_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."manual_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_versions" ADD CONSTRAINT "manual_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_cells" ADD CONSTRAINT "placement_cells_unit_id_placement_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."placement_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_cells" ADD CONSTRAINT "placement_cells_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_locations" ADD CONSTRAINT "placement_locations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_locations" ADD CONSTRAINT "placement_locations_cell_id_placement_cells_id_fk" FOREIGN KEY ("cell_id") REFERENCES "public"."placement_cells"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_moves" ADD CONSTRAINT "placement_moves_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_moves" ADD CONSTRAINT "placement_moves_from_cell_id_placement_cells_id_fk" FOREIGN KEY ("from_cell_id") REFERENCES "public"."placement_cells"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_moves" ADD CONSTRAINT "placement_moves_to_cell_id_placement_cells_id_fk" FOREIGN KEY ("to_cell_id") REFERENCES "public"."placement_cells"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_moves" ADD CONSTRAINT "placement_moves_facility_id_org_units_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_moves" ADD CONSTRAINT "placement_moves_moved_by_users_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_moves" ADD CONSTRAINT "placement_moves_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_units" ADD CONSTRAINT "placement_units_facility_id_org_units_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_units" ADD CONSTRAINT "placement_units_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "separation_extensions" ADD CONSTRAINT "separation_extensions_period_id_separation_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."separation_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "separation_extensions" ADD CONSTRAINT "separation_extensions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "separation_extensions" ADD CONSTRAINT "separation_extensions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "separation_periods" ADD CONSTRAINT "separation_periods_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "separation_periods" ADD CONSTRAINT "separation_periods_facility_id_org_units_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "separation_periods" ADD CONSTRAINT "separation_periods_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concern_history_concern_idx" ON "concern_history" USING btree ("concern_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "concern_people_involved_idx" ON "concern_people_involved" USING btree ("concern_id","person_id");--> statement-breakpoint
CREATE INDEX "concern_people_involved_person_idx" ON "concern_people_involved" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "concern_plan_actions_concern_idx" ON "concern_plan_actions" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "concern_reviews_concern_idx" ON "concern_reviews" USING btree ("concern_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "concerns_person_idx" ON "concerns" USING btree ("person_id","reported_at");--> statement-breakpoint
CREATE INDEX "concerns_open_idx" ON "concerns" USING btree ("status","triage_due_at") WHERE "concerns"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "concerns_reporter_idx" ON "concerns" USING btree ("reported_by");--> statement-breakpoint
CREATE UNIQUE INDEX "manual_acknowledgements_version_user_idx" ON "manual_acknowledgements" USING btree ("version_id","user_id");--> statement-breakpoint
CREATE INDEX "manual_acknowledgements_user_idx" ON "manual_acknowledgements" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "manual_sections_version_position_idx" ON "manual_sections" USING btree ("version_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "manual_versions_code_version_idx" ON "manual_versions" USING btree ("manual_code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_cells_code_idx" ON "placement_cells" USING btree ("unit_id","code");--> statement-breakpoint
CREATE INDEX "placement_moves_person_idx" ON "placement_moves" USING btree ("person_id","moved_at");--> statement-breakpoint
CREATE INDEX "placement_moves_facility_idx" ON "placement_moves" USING btree ("facility_id","moved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_units_code_idx" ON "placement_units" USING btree ("facility_id","code");--> statement-breakpoint
CREATE INDEX "separation_extensions_period_idx" ON "separation_extensions" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "separation_periods_person_idx" ON "separation_periods" USING btree ("person_id","started_on");