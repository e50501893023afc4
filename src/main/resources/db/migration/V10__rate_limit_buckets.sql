-- Rate-limit counters shared by all instances on one PostgreSQL (bucket4j's table layout: the
-- bucket's state, and when it is full again and may be removed). On H2 the counters are kept in
-- memory and this table stays empty. Keys are a kind and a client address or user name, never
-- anything a runner answered.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
