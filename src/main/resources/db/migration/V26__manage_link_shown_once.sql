-- The one-time manage link travels in the flash cookie for up to 3 minutes; a copy of that
-- cookie replayed by another client must not show it again. The first result page that
-- shows it sets this, in one update, on whichever instance answers.
ALTER TABLE triage_result ADD COLUMN manage_link_shown BOOLEAN DEFAULT FALSE NOT NULL;
