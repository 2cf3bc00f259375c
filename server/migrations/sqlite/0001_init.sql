-- Times are Unix seconds (UTC): simple to compare, and a test can move its own clock.

CREATE TABLE companies (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    language    TEXT    NOT NULL CHECK (language IN ('fr', 'en')),
    -- Companies on single sign-on get their accounts at first SSO sign-in, never by hand.
    sso_enabled INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);

CREATE TABLE users (
    id                 INTEGER PRIMARY KEY,
    company_id         INTEGER NOT NULL REFERENCES companies (id),
    first_name         TEXT    NOT NULL,
    last_name          TEXT    NOT NULL,
    email              TEXT    NOT NULL,
    -- Trimmed, lower-cased login e-mail: the sign-in id, unique across companies.
    email_norm         TEXT    NOT NULL UNIQUE,
    notification_email TEXT,
    language           TEXT    NOT NULL CHECK (language IN ('fr', 'en')),
    role               TEXT    NOT NULL CHECK (role IN ('user', 'admin')),
    status             TEXT    NOT NULL CHECK (status IN ('created', 'invited', 'active', 'deactivated', 'locked')),
    status_reason      TEXT,
    status_changed_at  INTEGER NOT NULL,
    email_verified     INTEGER NOT NULL DEFAULT 0,
    password_hash      TEXT,
    failed_sign_ins    INTEGER NOT NULL DEFAULT 0,
    -- The privacy policy version last accepted (see `consents` for the full record).
    consent_version    TEXT,
    consent_at         INTEGER,
    version            INTEGER NOT NULL DEFAULT 1,
    -- Lower-cased, accent-free "first last e-mail": what the search box matches ("helene" finds "Hélène").
    search_text        TEXT    NOT NULL DEFAULT '',
    -- Lower-cased, accent-free "last first": the name sort.
    sort_name          TEXT    NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    invited_at         INTEGER,
    activated_at       INTEGER,
    last_sign_in_at    INTEGER,
    -- When the "you will be deactivated for inactivity" e-mail went out.
    inactivity_warned_at INTEGER
);
CREATE INDEX users_company ON users (company_id, status);

CREATE TABLE services (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies (id),
    name        TEXT    NOT NULL,
    seats_total INTEGER NOT NULL CHECK (seats_total >= 0)
);

CREATE TABLE user_services (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES services (id),
    PRIMARY KEY (user_id, service_id)
);
CREATE INDEX user_services_service ON user_services (service_id);

CREATE TABLE sessions (
    -- SHA-256 of the cookie's random value: a leaked database does not yield live sessions.
    id_hash      TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- What admins (or the system, actor NULL) did to users: kept as long as the user is.
CREATE TABLE audit_events (
    id         INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies (id),
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    actor_id   INTEGER REFERENCES users (id),
    action     TEXT    NOT NULL,
    at         INTEGER NOT NULL
);
CREATE INDEX audit_events_user ON audit_events (user_id, at);

-- Activation and password-reset links: only the SHA-256 of the token is kept.
CREATE TABLE tokens (
    hash       TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL CHECK (purpose IN ('activation', 'reset')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER,
    revoked_at INTEGER
);
CREATE INDEX tokens_user ON tokens (user_id, purpose);

-- Every e-mail the server writes; sent by SMTP when configured, else kept here for developers.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    kind       TEXT    NOT NULL,
    to_address TEXT    NOT NULL,
    language   TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    body_text  TEXT    NOT NULL,
    body_html  TEXT    NOT NULL DEFAULT '',
    -- The link the e-mail carries, for the developer mailbox and the tests.
    link       TEXT,
    created_at INTEGER NOT NULL,
    -- When it left: handed to the SMTP server, or written as a .eml file without one.
    sent_at    INTEGER
);

-- Each acceptance of the privacy policy: who, which version, in which language, when.
CREATE TABLE consents (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    version     TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    accepted_at INTEGER NOT NULL
);
CREATE INDEX consents_user ON consents (user_id);

-- The add-user wizard's idempotency keys: the same key twice returns the same user.
CREATE TABLE idempotency_keys (
    company_id INTEGER NOT NULL REFERENCES companies (id),
    key        TEXT    NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (company_id, key)
);
