-- The runner controls sharing: a manage key (kept only as a SHA-256 hash) to revoke, expire or
-- delete a result. A deleted result leaves only the hash of its token behind, so its link can
-- answer "gone" rather than "never existed" while nothing about the runner remains.
ALTER TABLE triage_result ADD COLUMN manage_key_hash VARCHAR(64);
ALTER TABLE triage_result ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE triage_result ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE triage_result ADD CONSTRAINT uq_triage_result_manage_key UNIQUE (manage_key_hash);

CREATE TABLE deleted_result (
    token_hash VARCHAR(64) PRIMARY KEY
);
