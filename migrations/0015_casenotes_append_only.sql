-- A case note is never edited silently: a correction adds a version and the earlier ones stay. The versions are
-- append-only for every role (the application's included), so no code path can rewrite what was written.
CREATE FUNCTION case_note_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case note versions are append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_note_versions_append_only BEFORE UPDATE OR DELETE ON case_note_versions
  FOR EACH ROW EXECUTE FUNCTION case_note_versions_refuse_change();
