-- A generated first password must be replaced at the first login; another admin can disable an
-- account (and enable it again).
ALTER TABLE admin_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE admin_user ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
