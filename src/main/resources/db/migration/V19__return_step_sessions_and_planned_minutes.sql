-- Each return-to-run week may say how many runs complete it (empty: the pain-monitoring rule's
-- default) and the minutes of walking and running of its planned session (empty: no fixed session),
-- so a runner can log "did the planned session" in one tap.
ALTER TABLE return_step ADD COLUMN sessions_per_week INTEGER;
ALTER TABLE return_step ADD COLUMN planned_walk_minutes INTEGER;
ALTER TABLE return_step ADD COLUMN planned_run_minutes INTEGER;

-- The contract v2 seed table in numbers: every other day is three runs a week; 20-30 minutes is
-- taken as 24 (eight rounds of 2 + 1, six of 2 + 2), continuous running as 25, and week 4's
-- 10-15 % more as 28. Week 5 ("bring back faster and longer runs") has no fixed session.
UPDATE return_step SET sessions_per_week = 3, planned_walk_minutes = 16, planned_run_minutes = 8
    WHERE week_number = 1 AND rule_set_id IN
        (SELECT id FROM rule_set WHERE published_by = 'seed' AND change_note = 'Triage contract version 2');
UPDATE return_step SET sessions_per_week = 3, planned_walk_minutes = 12, planned_run_minutes = 12
    WHERE week_number = 2 AND rule_set_id IN
        (SELECT id FROM rule_set WHERE published_by = 'seed' AND change_note = 'Triage contract version 2');
UPDATE return_step SET sessions_per_week = 3, planned_walk_minutes = 0, planned_run_minutes = 25
    WHERE week_number = 3 AND rule_set_id IN
        (SELECT id FROM rule_set WHERE published_by = 'seed' AND change_note = 'Triage contract version 2');
UPDATE return_step SET sessions_per_week = 3, planned_walk_minutes = 0, planned_run_minutes = 28
    WHERE week_number = 4 AND rule_set_id IN
        (SELECT id FROM rule_set WHERE published_by = 'seed' AND change_note = 'Triage contract version 2');
UPDATE return_step SET sessions_per_week = 3
    WHERE week_number = 5 AND rule_set_id IN
        (SELECT id FROM rule_set WHERE published_by = 'seed' AND change_note = 'Triage contract version 2');
