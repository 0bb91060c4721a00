CREATE TABLE "probation_breach_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"violation_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"written_by" uuid NOT NULL,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"outcome" text,
	"outcome_on" date,
	"outcome_note" text,
	"outcome_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "probation_breach_reports_second_person_check" CHECK ("probation_breach_reports"."approved_by" is null or "probation_breach_reports"."approved_by" <> "probation_breach_reports"."written_by")
);
--> statement-breakpoint
CREATE TABLE "probation_condition_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probation_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"contact_on" date NOT NULL,
	"attended" boolean NOT NULL,
	"missed_reason" text,
	"notes" text,
	"referral_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "probation_contacts_reason_check" CHECK ("probation_contacts"."attended" or "probation_contacts"."missed_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "probation_officer_capacities" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"capacity" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probation_order_conditions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"condition_code" text,
	"free_text" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"ended_on" date,
	"violation_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "probation_order_conditions_what_check" CHECK (("probation_order_conditions"."condition_code" is null) <> ("probation_order_conditions"."free_text" is null)),
	CONSTRAINT "probation_order_conditions_dates_check" CHECK ("probation_order_conditions"."ends_on" >= "probation_order_conditions"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "probation_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"probation_type" text NOT NULL,
	"kind" text NOT NULL,
	"court" text NOT NULL,
	"ordered_on" date NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"office_id" uuid NOT NULL,
	"officer_id" uuid,
	"allocated_by" uuid,
	"allocated_at" timestamp with time zone,
	"hours_owed" integer,
	"hours_worked" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"closed_on" date,
	"close_reason" text,
	"closed_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "probation_orders_dates_check" CHECK ("probation_orders"."starts_on" >= "probation_orders"."ordered_on" and "probation_orders"."ends_on" >= "probation_orders"."starts_on"),
	CONSTRAINT "probation_orders_hours_check" CHECK ("probation_orders"."hours_worked" >= 0 and ("probation_orders"."hours_owed" is null or ("probation_orders"."hours_owed" > 0 and "probation_orders"."hours_worked" <= "probation_orders"."hours_owed"))),
	CONSTRAINT "probation_orders_closed_check" CHECK (("probation_orders"."status" = 'active') = ("probation_orders"."closed_on" is null))
);
--> statement-breakpoint
CREATE TABLE "probation_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probation_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probation_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"severity" text NOT NULL,
	"description" text NOT NULL,
	"evidence" text NOT NULL,
	"evidence_reference" text,
	"proposed_response" text NOT NULL,
	"response" text NOT NULL,
	"response_reasons" text NOT NULL,
	"override_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "probation_violations_override_check" CHECK ("probation_violations"."response" = "probation_violations"."proposed_response" or "probation_violations"."override_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_violation_id_probation_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."probation_violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_order_id_probation_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."probation_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_outcome_by_users_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_contacts" ADD CONSTRAINT "probation_contacts_order_id_probation_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."probation_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_contacts" ADD CONSTRAINT "probation_contacts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_contacts" ADD CONSTRAINT "probation_contacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_officer_capacities" ADD CONSTRAINT "probation_officer_capacities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_officer_capacities" ADD CONSTRAINT "probation_officer_capacities_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_order_conditions" ADD CONSTRAINT "probation_order_conditions_order_id_probation_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."probation_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_order_conditions" ADD CONSTRAINT "probation_order_conditions_condition_code_probation_condition_types_code_fk" FOREIGN KEY ("condition_code") REFERENCES "public"."probation_condition_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_order_conditions" ADD CONSTRAINT "probation_order_conditions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_orders" ADD CONSTRAINT "probation_orders_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_orders" ADD CONSTRAINT "probation_orders_probation_type_probation_types_code_fk" FOREIGN KEY ("probation_type") REFERENCES "public"."probation_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_orders" ADD CONSTRAINT "probation_orders_office_id_org_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_orders" ADD CONSTRAINT "probation_orders_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_orders" ADD CONSTRAINT "probation_orders_allocated_by_users_id_fk" FOREIGN KEY ("allocated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_orders" ADD CONSTRAINT "probation_orders_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_orders" ADD CONSTRAINT "probation_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_settings" ADD CONSTRAINT "probation_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_types" ADD CONSTRAINT "probation_types_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_violations" ADD CONSTRAINT "probation_violations_order_id_probation_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."probation_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_violations" ADD CONSTRAINT "probation_violations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_violations" ADD CONSTRAINT "probation_violations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "probation_breach_reports_violation_idx" ON "probation_breach_reports" USING btree ("violation_id");--> statement-breakpoint
CREATE INDEX "probation_breach_reports_order_idx" ON "probation_breach_reports" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "probation_contacts_order_idx" ON "probation_contacts" USING btree ("order_id","contact_on");--> statement-breakpoint
CREATE INDEX "probation_contacts_person_idx" ON "probation_contacts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "probation_order_conditions_order_idx" ON "probation_order_conditions" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "probation_orders_person_idx" ON "probation_orders" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "probation_orders_office_idx" ON "probation_orders" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "probation_orders_officer_idx" ON "probation_orders" USING btree ("officer_id","status");--> statement-breakpoint
CREATE INDEX "probation_violations_order_idx" ON "probation_violations" USING btree ("order_id","occurred_on");