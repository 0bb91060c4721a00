CREATE TABLE "person_associations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"other_person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"source_reference" text,
	"known_since" date NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "person_associations_two_people" CHECK ("person_associations"."person_id" <> "person_associations"."other_person_id"),
	CONSTRAINT "person_associations_ended" CHECK (("person_associations"."ended_at" is null) = ("person_associations"."ended_by" is null) and ("person_associations"."ended_at" is null) = ("person_associations"."end_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "person_associations" ADD CONSTRAINT "person_associations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_associations" ADD CONSTRAINT "person_associations_other_person_id_people_id_fk" FOREIGN KEY ("other_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_associations" ADD CONSTRAINT "person_associations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_associations" ADD CONSTRAINT "person_associations_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_associations_person_idx" ON "person_associations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_associations_other_idx" ON "person_associations" USING btree ("other_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_associations_in_force_idx" ON "person_associations" USING btree (least("person_id", "other_person_id"),greatest("person_id", "other_person_id"),"kind") WHERE "person_associations"."ended_at" is null and "person_associations"."kind" <> 'visitor';--> statement-breakpoint
CREATE UNIQUE INDEX "person_associations_visitor_in_force_idx" ON "person_associations" USING btree ("person_id","other_person_id") WHERE "person_associations"."ended_at" is null and "person_associations"."kind" = 'visitor';