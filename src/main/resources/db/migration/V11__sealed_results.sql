-- Results are kept sealed (see ResultSealing): the answers, the outcome and the share token are
-- encrypted under a per-result data key, stored wrapped under keys derived from the share token and
-- from the manage key. The share token itself is kept only as a SHA-256 hash. What admins and
-- metrics may see stays in plain columns: urgency, top cause, rules version, created time.
-- Existing rows are sealed at start-up by LegacyResultSealer, which then clears token, answers and
-- outcome; those columns stay, empty, until a later migration drops them.
ALTER TABLE triage_result ADD COLUMN token_hash VARCHAR(64);
ALTER TABLE triage_result ADD COLUMN sealed_data BYTEA;
ALTER TABLE triage_result ADD COLUMN key_by_share_token BYTEA;
ALTER TABLE triage_result ADD COLUMN key_by_manage_key BYTEA;
-- TRUE for rows sealed from plain text: their manage-key copy is wrapped under a key derived from the
-- manage key's hash and the server secret, and is re-wrapped under the manage key at its first use.
ALTER TABLE triage_result ADD COLUMN manage_key_legacy BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE triage_result ADD COLUMN urgency VARCHAR(20);
ALTER TABLE triage_result ADD COLUMN top_cause_code VARCHAR(40);
ALTER TABLE triage_result ADD COLUMN rules_version INTEGER;
ALTER TABLE triage_result ALTER COLUMN token DROP NOT NULL;
ALTER TABLE triage_result ALTER COLUMN answers DROP NOT NULL;
ALTER TABLE triage_result ALTER COLUMN outcome DROP NOT NULL;
ALTER TABLE triage_result ADD CONSTRAINT uq_triage_result_token_hash UNIQUE (token_hash);
