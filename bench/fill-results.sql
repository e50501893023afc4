-- Adds stored results to a Knee Triage database on PostgreSQL until it holds :target of them,
-- for bench/scale.sh. Each new row is a copy of the newest real result under a new token hash,
-- manage key hash and chain, so the table and its indexes grow as they would with real use
-- (the copies' sealed data opens with no token: nothing here is anyone's answers). Numbers
-- the copies on from the row count, so use it on a table that has only grown.
--   psql -v target=1000000 -f bench/fill-results.sql <database>
\set ON_ERROR_STOP on
SELECT count(*) AS have FROM triage_result \gset
INSERT INTO triage_result (token_hash, manage_key_hash, chain_id, created_at, expires_at, sealed_data,
        key_by_share_token, key_by_manage_key, urgency, top_cause_code, rules_version)
SELECT encode(sha256(convert_to('bench-share-' || n, 'UTF8')), 'hex'),
       encode(sha256(convert_to('bench-manage-' || n, 'UTF8')), 'hex'),
       md5('bench-chain-' || n)::uuid::text,
       -- spread over the last 60 days, so the created_at index and the purge see a real range
       now() - (n % 86400) * interval '1 minute',
       now() - (n % 86400) * interval '1 minute' + interval '90 days',
       t.sealed_data, t.key_by_share_token, t.key_by_manage_key, t.urgency, t.top_cause_code, t.rules_version
FROM generate_series(:have + 1, :target) AS n,
     (SELECT * FROM triage_result WHERE sealed_data IS NOT NULL ORDER BY id DESC LIMIT 1) AS t;
ANALYZE triage_result;
SELECT count(*) AS stored_results, pg_size_pretty(pg_total_relation_size('triage_result')) AS table_size
FROM triage_result;
