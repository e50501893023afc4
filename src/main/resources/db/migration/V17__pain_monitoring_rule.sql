-- The pain-monitoring rule of the return to running, versioned with the rest of the rule content
-- and edited on the plan settings page. Every existing version gets the contract v2 defaults.
ALTER TABLE rule_set ADD COLUMN pain_max_during INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE rule_set ADD COLUMN pain_settled_morning INTEGER DEFAULT 2 NOT NULL;
ALTER TABLE rule_set ADD COLUMN pain_weekly_rise INTEGER DEFAULT 2 NOT NULL;
ALTER TABLE rule_set ADD COLUMN sessions_per_week INTEGER DEFAULT 3 NOT NULL;
