-- A published instrument version is frozen: its definition and hash never change, so every assessment made
-- with it can be read exactly as it was. Only its status may move on (published → retired).
CREATE FUNCTION instrument_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (NEW.definition IS DISTINCT FROM OLD.definition OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
      OR NEW.version IS DISTINCT FROM OLD.version OR NEW.instrument_id IS DISTINCT FROM OLD.instrument_id) THEN
    RAISE EXCEPTION 'instrument version % is published and cannot change', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF OLD.status = 'retired' AND NEW.status <> 'retired' THEN
    RAISE EXCEPTION 'instrument version % is retired', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER instrument_versions_frozen BEFORE UPDATE ON instrument_versions FOR EACH ROW EXECUTE FUNCTION instrument_version_frozen();
--> statement-breakpoint
CREATE FUNCTION instrument_version_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'instrument version % is published and cannot be deleted', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER instrument_versions_kept BEFORE DELETE ON instrument_versions FOR EACH ROW EXECUTE FUNCTION instrument_version_kept();
--> statement-breakpoint
-- An approved assessment is locked: what was assessed and decided never changes. It may only be superseded
-- (status, superseded_by_id) and have its next review date moved (recorded with a reason elsewhere).
CREATE FUNCTION assessment_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('approved', 'superseded') AND (
      NEW.answers IS DISTINCT FROM OLD.answers OR NEW.instrument_version_id IS DISTINCT FROM OLD.instrument_version_id
      OR NEW.person_id IS DISTINCT FROM OLD.person_id OR NEW.assessor_id IS DISTINCT FROM OLD.assessor_id
      OR NEW.reviewer_id IS DISTINCT FROM OLD.reviewer_id OR NEW.review_outcome IS DISTINCT FROM OLD.review_outcome
      OR NEW.override_judgements IS DISTINCT FROM OLD.override_judgements OR NEW.override_reason IS DISTINCT FROM OLD.override_reason
      OR (OLD.status = 'superseded' AND NEW.status <> 'superseded')
      OR (OLD.status = 'approved' AND NEW.status NOT IN ('approved', 'superseded'))) THEN
    RAISE EXCEPTION 'assessment % is approved and locked', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER assessments_locked BEFORE UPDATE ON assessments FOR EACH ROW EXECUTE FUNCTION assessment_locked();
