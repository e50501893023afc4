-- At most one draft: draft_slot is 1 for the draft and NULL for published versions, and a UNIQUE
-- constraint allows any number of NULLs (the same on H2 and PostgreSQL).
ALTER TABLE rule_set ADD COLUMN draft_slot INTEGER;
UPDATE rule_set SET draft_slot = 1 WHERE status = 'DRAFT';
ALTER TABLE rule_set ADD CONSTRAINT uq_rule_set_one_draft UNIQUE (draft_slot);
