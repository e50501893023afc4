-- A programme keeps the rules version and start week it started under, so a re-run under
-- newer rules (which moves the programme to the new result) does not replay its past runs
-- with another pain rule. Neither number is health data. Existing programmes take their
-- result's version now; their start week stays unknown (null) and is worked out from that
-- result until a re-run moves them, which then records it.
ALTER TABLE return_programme ADD COLUMN rules_version INTEGER;
ALTER TABLE return_programme ADD COLUMN start_week INTEGER;
UPDATE return_programme SET rules_version = (
    SELECT r.rules_version FROM triage_result r WHERE r.id = return_programme.result_id);
