-- Results stored before sealing (V11) were sealed at start by LegacyResultSealer, with a copy of
-- their key wrapped under the server secret and the manage key's hash; on H2 both sit in ./data, so
-- a copy of that folder alone opened them. Sealing came one day after the first schema (22 November
-- 2026), before any release, so no such result belongs to a runner: rows still in plain text or
-- still holding that copy are removed, with the plain columns, and the code that read them is gone.
-- H2 drops the removed bytes from its file when the app next stops (SHUTDOWN COMPACT).
DELETE FROM triage_result WHERE sealed_data IS NULL OR manage_key_legacy = TRUE;
ALTER TABLE triage_result DROP CONSTRAINT uq_triage_result_token;
ALTER TABLE triage_result DROP COLUMN token;
ALTER TABLE triage_result DROP COLUMN answers;
ALTER TABLE triage_result DROP COLUMN outcome;
ALTER TABLE triage_result DROP COLUMN manage_key_legacy;
