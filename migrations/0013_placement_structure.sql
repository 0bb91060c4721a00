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
CREATE UNIQUE INDEX "placement_cells_code_idx" ON "placement_cells" USING btree ("unit_id","code");--> statement-breakpoint
CREATE INDEX "placement_moves_person_idx" ON "placement_moves" USING btree ("person_id","moved_at");--> statement-breakpoint
CREATE INDEX "placement_moves_facility_idx" ON "placement_moves" USING btree ("facility_id","moved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_units_code_idx" ON "placement_units" USING btree ("facility_id","code");--> statement-breakpoint
CREATE INDEX "separation_extensions_period_idx" ON "separation_extensions" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "separation_periods_person_idx" ON "separation_periods" USING btree ("person_id","started_on");