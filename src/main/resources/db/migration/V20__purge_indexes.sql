-- The hourly retention purge picks results revoked or expired long enough ago: with a million
-- results, indexes on both dates turn its full-table scans into index lookups (bench/scale.sh).
CREATE INDEX ix_triage_result_expires_at ON triage_result (expires_at);
CREATE INDEX ix_triage_result_revoked_at ON triage_result (revoked_at);
