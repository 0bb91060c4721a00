CREATE TABLE "partner_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_districts" (
	"unit_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	CONSTRAINT "partner_districts_unit_id_territory_id_pk" PRIMARY KEY("unit_id","territory_id")
);
--> statement-breakpoint
CREATE TABLE "partner_profiles" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_profiles_kind_check" CHECK ("partner_profiles"."kind" in ('ngo','womens_committee','crime_prevention_centre','local_self_government','religious_scholars_council','other'))
);
--> statement-breakpoint
CREATE TABLE "partner_services" (
	"unit_id" uuid NOT NULL,
	"service" text NOT NULL,
	CONSTRAINT "partner_services_unit_id_service_pk" PRIMARY KEY("unit_id","service")
);
--> statement-breakpoint
CREATE TABLE "referral_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"partner_unit_id" uuid NOT NULL,
	"scope" text[] NOT NULL,
	"given_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"form_reference" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_on" date,
	"withdrawal_reason" text,
	"withdrawn_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referral_consents_dates_check" CHECK ("referral_consents"."valid_until" >= "referral_consents"."given_on"),
	CONSTRAINT "referral_consents_withdrawal_check" CHECK (("referral_consents"."withdrawn_on" is null) = ("referral_consents"."withdrawal_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"by" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"attended" boolean NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"partner_unit_id" uuid NOT NULL,
	"consent_id" uuid NOT NULL,
	"referring_unit_id" uuid NOT NULL,
	"service" text NOT NULL,
	"reason" text NOT NULL,
	"needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan_objective" text,
	"risk_note" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"sent_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decline_reason" text,
	"action_plan" text,
	"action_plan_status" text DEFAULT 'none' NOT NULL,
	"action_plan_comment" text,
	"end_report" text,
	"end_outcome" text,
	"withdrawal_reason" text,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('sent','accepted','declined','in_progress','completed','withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "partner_contacts" ADD CONSTRAINT "partner_contacts_unit_id_partner_profiles_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."partner_profiles"("unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_districts" ADD CONSTRAINT "partner_districts_unit_id_partner_profiles_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."partner_profiles"("unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_districts" ADD CONSTRAINT "partner_districts_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_services" ADD CONSTRAINT "partner_services_unit_id_partner_profiles_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."partner_profiles"("unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_partner_unit_id_org_units_id_fk" FOREIGN KEY ("partner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_sessions" ADD CONSTRAINT "referral_sessions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_sessions" ADD CONSTRAINT "referral_sessions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_partner_unit_id_org_units_id_fk" FOREIGN KEY ("partner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consent_id_referral_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."referral_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referring_unit_id_org_units_id_fk" FOREIGN KEY ("referring_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_contacts_unit_idx" ON "partner_contacts" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "partner_districts_territory_idx" ON "partner_districts" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "partner_services_service_idx" ON "partner_services" USING btree ("service");--> statement-breakpoint
CREATE INDEX "referral_consents_person_idx" ON "referral_consents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referral_sessions_referral_idx" ON "referral_sessions" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referrals_partner_idx" ON "referrals" USING btree ("partner_unit_id","status");--> statement-breakpoint
CREATE INDEX "referrals_created_by_idx" ON "referrals" USING btree ("created_by");