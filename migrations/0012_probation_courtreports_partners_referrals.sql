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
CREATE TABLE "probation_condition_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probation_officer_capacities" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"capacity" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
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
ALTER TABLE "partner_contacts" ADD CONSTRAINT "partner_contacts_unit_id_partner_profiles_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."partner_profiles"("unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_districts" ADD CONSTRAINT "partner_districts_unit_id_partner_profiles_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."partner_profiles"("unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_districts" ADD CONSTRAINT "partner_districts_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_services" ADD CONSTRAINT "partner_services_unit_id_partner_profiles_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."partner_profiles"("unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_officer_capacities" ADD CONSTRAINT "probation_officer_capacities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_officer_capacities" ADD CONSTRAINT "probation_officer_capacities_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_settings" ADD CONSTRAINT "probation_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_types" ADD CONSTRAINT "probation_types_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_violation_id_probation_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."probation_violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_order_id_probation_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."probation_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_breach_reports" ADD CONSTRAINT "probation_breach_reports_outcome_by_users_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_contacts" ADD CONSTRAINT "probation_contacts_order_id_probation_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."probation_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_contacts" ADD CONSTRAINT "probation_contacts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_contacts" ADD CONSTRAINT "probation_contacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "probation_violations" ADD CONSTRAINT "probation_violations_order_id_probation_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."probation_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_violations" ADD CONSTRAINT "probation_violations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_violations" ADD CONSTRAINT "probation_violations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "court_report_history_report_idx" ON "court_report_history" USING btree ("report_id","at");--> statement-breakpoint
CREATE INDEX "court_report_interviews_report_idx" ON "court_report_interviews" USING btree ("report_id","held_on");--> statement-breakpoint
CREATE INDEX "court_reports_office_idx" ON "court_reports" USING btree ("office_id","status","deadline");--> statement-breakpoint
CREATE INDEX "court_reports_officer_idx" ON "court_reports" USING btree ("officer_id","status");--> statement-breakpoint
CREATE INDEX "court_reports_person_idx" ON "court_reports" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "partner_contacts_unit_idx" ON "partner_contacts" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "partner_districts_territory_idx" ON "partner_districts" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "partner_services_service_idx" ON "partner_services" USING btree ("service");--> statement-breakpoint
CREATE UNIQUE INDEX "probation_breach_reports_violation_idx" ON "probation_breach_reports" USING btree ("violation_id");--> statement-breakpoint
CREATE INDEX "probation_breach_reports_order_idx" ON "probation_breach_reports" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "probation_contacts_order_idx" ON "probation_contacts" USING btree ("order_id","contact_on");--> statement-breakpoint
CREATE INDEX "probation_contacts_person_idx" ON "probation_contacts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "probation_order_conditions_order_idx" ON "probation_order_conditions" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "probation_orders_person_idx" ON "probation_orders" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "probation_orders_office_idx" ON "probation_orders" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "probation_orders_officer_idx" ON "probation_orders" USING btree ("officer_id","status");--> statement-breakpoint
CREATE INDEX "probation_violations_order_idx" ON "probation_violations" USING btree ("order_id","occurred_on");--> statement-breakpoint
CREATE INDEX "referral_consents_person_idx" ON "referral_consents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referral_sessions_referral_idx" ON "referral_sessions" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referrals_partner_idx" ON "referrals" USING btree ("partner_unit_id","status");--> statement-breakpoint
CREATE INDEX "referrals_created_by_idx" ON "referrals" USING btree ("created_by");--> statement-breakpoint
-- Probation reference data: a starting list the service checks and edits (probation types, conditions, settings).
-- Inserted only when absent, so an administrator's edits are never overwritten.
INSERT INTO "probation_types" ("code", "name", "description") VALUES
('pre_trial',
 '{"ky":"Сотко чейинки пробация","ru":"Досудебная пробация","en":"Pre-trial probation"}',
 '{"ky":"Соттун суроосу боюнча айыпталуучунун инсандыгы жөнүндө социалдык отчет жана сунуш, анын ичинде түрмөгө камоого альтернативалар.","ru":"Социальный отчёт о личности обвиняемого по запросу суда с рекомендацией, в том числе об альтернативах лишению свободы.","en":"A social report on the accused for the court, with a recommendation that may include alternatives to imprisonment."}'),
('executive',
 '{"ky":"Аткаруучу пробация","ru":"Исполнительная пробация","en":"Executive probation"}',
 '{"ky":"Эркиндиктен ажыратууга байланышпаган жазалардын жана шарттуу мөөнөтүнөн мурда бошотуунун аткарылышына көзөмөл.","ru":"Надзор за исполнением наказаний, не связанных с лишением свободы, и условно-досрочного освобождения.","en":"Supervision of non-custodial sentences and of conditional early release."}'),
('penitentiary',
 '{"ky":"Пенитенциардык пробация","ru":"Пенитенциарная пробация","en":"Penitentiary probation"}',
 '{"ky":"Жазасын өтөп жаткан адамды мекемеде бошотулууга даярдоо.","ru":"Подготовка осуждённого к освобождению в период отбывания наказания.","en":"Preparing a sentenced person for release while still in the institution."}'),
('post_penitentiary',
 '{"ky":"Постпенитенциардык пробация","ru":"Постпенитенциарная пробация","en":"Post-penitentiary probation"}',
 '{"ky":"Мекемеден бошотулгандан кийин коомго кайра кошулууга жардам көрсөтүү.","ru":"Содействие ресоциализации после освобождения из учреждения.","en":"Support for resettlement after release from the institution."}')
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
INSERT INTO "probation_condition_types" ("code", "name", "sort_order") VALUES
('report_to_office', '{"ky":"Пробация органына белгиленген мөөнөттө келип туруу","ru":"Являться в орган пробации в установленные сроки","en":"Report to the probation office when required"}', 1),
('not_leave_district', '{"ky":"Пробация органынын уруксатысыз району (шаарды) таштап чыкпоо","ru":"Не выезжать за пределы района (города) без разрешения органа пробации","en":"Not leave the district without the probation office''s permission"}', 2),
('not_change_residence', '{"ky":"Пробация органына кабарлабастан жашаган жерин алмаштырбоо","ru":"Не менять место жительства без уведомления органа пробации","en":"Not change residence without notifying the probation office"}', 3),
('night_at_home', '{"ky":"Түнкү саатта үйдө болуу","ru":"Находиться дома в ночное время","en":"Stay at home during night hours"}', 4),
('not_visit_places', '{"ky":"Белгиленген жерлерге барбоо","ru":"Не посещать определённые места","en":"Not visit certain places"}', 5),
('treatment', '{"ky":"Дарылоо курсунан өтүү","ru":"Пройти курс лечения","en":"Undergo treatment"}', 6),
('work_or_study', '{"ky":"Иштөө же окуу","ru":"Трудиться или учиться","en":"Work or study"}', 7),
('no_contact_with_named', '{"ky":"Көрсөтүлгөн адамдар менен байланышпоо","ru":"Не общаться с указанными лицами","en":"Not contact named persons"}', 8)
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
-- Days between supervision contacts per intensity and the default caseload: practice to be set by the service, not law.
INSERT INTO "probation_settings" ("key", "value") VALUES
('interval.high', 7),
('interval.medium', 14),
('interval.low', 30),
('interval.unclassified', 14),
('capacity.default', 40)
ON CONFLICT ("key") DO NOTHING;
--> statement-breakpoint
-- The courts a request for a report may come from: a STARTING LIST shipped with Kadam (starting_list = true),
-- to be checked by administrators against the official register of courts before production use. A court not
-- on the list is typed as free text on the request. Existing codes are never overwritten.
INSERT INTO "court_report_courts" ("code", "name", "starting_list") VALUES
  ('BISHKEK_PERVOMAISKY', '{"ky":"Бишкек шаарынын Биринчи Май райондук соту","ru":"Первомайский районный суд города Бишкек","en":"Pervomaisky District Court, Bishkek"}', true),
  ('BISHKEK_OKTYABRSKY', '{"ky":"Бишкек шаарынын Октябрь райондук соту","ru":"Октябрьский районный суд города Бишкек","en":"Oktyabrsky District Court, Bishkek"}', true),
  ('BISHKEK_LENINSKY', '{"ky":"Бишкек шаарынын Ленин райондук соту","ru":"Ленинский районный суд города Бишкек","en":"Leninsky District Court, Bishkek"}', true),
  ('BISHKEK_SVERDLOVSKY', '{"ky":"Бишкек шаарынын Свердлов райондук соту","ru":"Свердловский районный суд города Бишкек","en":"Sverdlovsky District Court, Bishkek"}', true),
  ('ALAMUDUN', '{"ky":"Аламүдүн райондук соту","ru":"Аламудунский районный суд","en":"Alamudun District Court"}', true),
  ('TOKMOK_CITY', '{"ky":"Токмок шаардык соту","ru":"Токмокский городской суд","en":"Tokmok City Court"}', true),
  ('KARAKOL_CITY', '{"ky":"Каракол шаардык соту","ru":"Каракольский городской суд","en":"Karakol City Court"}', true),
  ('OSH_CITY', '{"ky":"Ош шаардык соту","ru":"Ошский городской суд","en":"Osh City Court"}', true),
  ('KARASUU', '{"ky":"Кара-Суу райондук соту","ru":"Карасуйский районный суд","en":"Kara-Suu District Court"}', true),
  ('ARAVAN', '{"ky":"Араван райондук соту","ru":"Араванский районный суд","en":"Aravan District Court"}', true),
  ('UZGEN', '{"ky":"Өзгөн райондук соту","ru":"Узгенский районный суд","en":"Uzgen District Court"}', true),
  ('JALALABAD_CITY', '{"ky":"Жалал-Абад шаардык соту","ru":"Джалал-Абадский городской суд","en":"Jalal-Abad City Court"}', true),
  ('SUZAK', '{"ky":"Сузак райондук соту","ru":"Сузакский районный суд","en":"Suzak District Court"}', true),
  ('BATKEN', '{"ky":"Баткен райондук соту","ru":"Баткенский районный суд","en":"Batken District Court"}', true),
  ('KYZYLKIYA_CITY', '{"ky":"Кызыл-Кыя шаардык соту","ru":"Кызыл-Кийский городской суд","en":"Kyzyl-Kiya City Court"}', true)
ON CONFLICT ("code") DO NOTHING;
