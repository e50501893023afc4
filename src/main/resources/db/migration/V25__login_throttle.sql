-- Wrong passwords are held back per account and place (client address), not per account: a
-- stranger's guesses no longer lock the admin out everywhere. Both keys are keyed hashes
-- (HMAC under the server secret), so the table holds no typed user name and no address.
CREATE TABLE login_throttle (
    account_key     VARCHAR(64) NOT NULL,
    address_key     VARCHAR(64) NOT NULL,
    failures        INTEGER NOT NULL,
    held_until      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE,
    last_login_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_key, address_key)
);

-- The account-wide lock this replaces.
ALTER TABLE admin_user DROP COLUMN failed_logins;
ALTER TABLE admin_user DROP COLUMN locked_until;
