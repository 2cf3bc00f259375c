-- The provider's staff: apart from every company (no company_id, never in a company's lists,
-- counts, exports, SCIM or API). Two-step sign-in is mandatory: an operator has a password
-- and an authenticator app (its secret sealed with the server's key, like the SSO client
-- secret), both set at activation. `status`: invited (link sent), active, disabled.
CREATE TABLE operators (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    email           TEXT NOT NULL,
    email_norm      TEXT NOT NULL UNIQUE,
    language        TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    status          TEXT NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
    password_hash   TEXT,
    totp_secret     TEXT,
    -- A secret shown at activation, not yet confirmed by a first code.
    pending_secret  TEXT,
    -- The last time step a code was accepted for: each step works once.
    last_step       INTEGER,
    created_at      INTEGER NOT NULL,
    last_sign_in_at INTEGER
);

-- Single-use activation links (only the SHA-256 of the token is kept).
CREATE TABLE operator_links (
    hash        TEXT NOT NULL PRIMARY KEY,
    operator_id INTEGER NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);

-- A sign-in awaiting its code, as sign_in_challenges for people of a company.
CREATE TABLE operator_challenges (
    id_hash     TEXT NOT NULL PRIMARY KEY,
    operator_id INTEGER NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    expires_at  INTEGER NOT NULL
);

-- Operator sessions: their cookie is sent only to /api/operator, so it can never act on a
-- company's API, and a company's session cookie means nothing there.
CREATE TABLE operator_sessions (
    id_hash      TEXT NOT NULL PRIMARY KEY,
    operator_id  INTEGER NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX operator_sessions_operator ON operator_sessions (operator_id);

-- What operators did. `company_id` is kept as a number, not a reference: the record outlives
-- a company erased after its closure.
CREATE TABLE operator_audit (
    id          INTEGER PRIMARY KEY,
    operator_id INTEGER REFERENCES operators (id) ON DELETE SET NULL,
    action      TEXT NOT NULL,
    company_id  INTEGER,
    company     TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL
);
CREATE INDEX operator_audit_at ON operator_audit (at);

-- A company's access: active, or suspended by an operator (its people cannot sign in, its
-- tokens and SCIM are refused; nothing is deleted).
ALTER TABLE companies ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended'));
ALTER TABLE companies ADD COLUMN status_changed_at INTEGER;
