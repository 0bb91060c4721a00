CREATE TABLE "person_name_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "people_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "person_name_words_trgm_idx" ON "person_name_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_unit_words_idx" ON "people" USING gin ("unit_id",string_to_array("search_text", ' ')) WITH (fastupdate=false);