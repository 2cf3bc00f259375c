-- A person changing their sign-in e-mail. `confirm`: the link sent to the new address; the
-- change applies only when it is used. `undo`: the link then sent to the old address, which
-- puts it back (and asks for a new password) for 72 hours. Their own table, not `tokens`:
-- nothing that revokes sign-in links (a password reset by whoever took the account) may
-- revoke an undo link. Only the SHA-256 of each link's token is kept.
CREATE TABLE email_changes (
    token_hash TEXT NOT NULL PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('confirm', 'undo')),
    old_email  TEXT NOT NULL,
    new_email  TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX email_changes_user ON email_changes (user_id);
