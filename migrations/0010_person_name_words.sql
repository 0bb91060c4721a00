-- person_name_words holds every distinct word of people.search_text (see people.tables.ts). The database keeps
-- it, not the application, so the bulk demo generator, the register import, merges and edits all stay covered.
-- Statement-level triggers with transition tables: one insert per statement, whatever the number of rows, so the
-- import (thousands of people per statement) pays almost nothing; words already present are skipped.
CREATE FUNCTION person_name_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_name_words (word)
  SELECT DISTINCT w FROM changed_people, unnest(string_to_array(search_text, ' ')) AS w WHERE w <> ''
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_name_words_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS changed_people FOR EACH STATEMENT EXECUTE FUNCTION person_name_words_add();
--> statement-breakpoint
CREATE TRIGGER people_name_words_update AFTER UPDATE ON people
  REFERENCING NEW TABLE AS changed_people FOR EACH STATEMENT EXECUTE FUNCTION person_name_words_add();
--> statement-breakpoint
INSERT INTO person_name_words (word)
SELECT DISTINCT w FROM people, unnest(string_to_array(search_text, ' ')) AS w WHERE w <> ''
ON CONFLICT (word) DO NOTHING;
