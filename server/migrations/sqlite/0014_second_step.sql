-- Two-step sign-in. Who in a company must use one: nobody (each person chooses), its
-- administrators and team administrators, or everyone.
ALTER TABLE companies ADD COLUMN second_step_policy TEXT NOT NULL DEFAULT 'off'
    CHECK (second_step_policy IN ('off', 'managers', 'everyone'));

-- A person's authenticator app (RFC 6238). Secrets are sealed with the server's key, like SSO
-- client secrets. `pending_secret`: shown at setup, kept until a first code confirms it.
-- `last_step`: the last time step a code was accepted for (each code works once).
CREATE TABLE authenticators (
    user_id        INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret         TEXT,
    pending_secret TEXT,
    last_step      INTEGER NOT NULL DEFAULT 0,
    confirmed_at   INTEGER
);

-- Single-use recovery codes: only their SHA-256 (80 random bits each).
CREATE TABLE recovery_codes (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   INTEGER,
    PRIMARY KEY (user_id, code_hash)
);

-- Sign-ins whose password was right, awaiting the second step: the hash of a short-lived
-- cookie's value, single use.
CREATE TABLE sign_in_challenges (
    id_hash    TEXT NOT NULL PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sign_in_challenges_expiry ON sign_in_challenges (expires_at);
