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
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
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
CREATE INDEX "release_actions_pathway_idx" ON "release_actions" USING btree ("pathway_id");--> statement-breakpoint
CREATE UNIQUE INDEX "release_handovers_plan_idx" ON "release_handovers" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "release_handovers_office_idx" ON "release_handovers" USING btree ("to_office_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "release_pathways_plan_pathway_idx" ON "release_pathways" USING btree ("plan_id","pathway");--> statement-breakpoint
CREATE UNIQUE INDEX "release_plans_one_open_idx" ON "release_plans" USING btree ("person_id") WHERE "release_plans"."status" = 'open';--> statement-breakpoint
CREATE INDEX "release_plans_office_idx" ON "release_plans" USING btree ("receiving_office_id");