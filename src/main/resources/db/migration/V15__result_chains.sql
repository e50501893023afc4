-- A share link can follow the runner: on a re-run it moves to the new result, and the results it
-- has pointed to form one chain (chain_id, random, says nothing about the runner). Deleting deletes
-- the whole chain. share_link_moved_at marks a result whose link moved on; it is no longer shared.
-- The nickname and the earlier checks' summaries are sealed with the rest of the snapshot.
ALTER TABLE triage_result ADD COLUMN chain_id VARCHAR(36);
ALTER TABLE triage_result ADD COLUMN share_link_moved_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_triage_result_chain_id ON triage_result (chain_id);
