-- Retention: a deleted or purged result leaves only its token's hash, and that goes too after a
-- while; deleted_at says when. ShedLock's table makes the scheduled purge run on one instance.
ALTER TABLE deleted_result ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

CREATE TABLE shedlock (
    name       VARCHAR(64)              PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255)             NOT NULL
);

CREATE INDEX ix_triage_result_created_at ON triage_result (created_at);
