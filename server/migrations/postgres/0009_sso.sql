-- Single sign-on: a company's OpenID Connect provider (at most one).
CREATE TABLE sso_providers (
    company_id        BIGINT PRIMARY KEY REFERENCES companies (id),
    issuer            TEXT    NOT NULL,
    client_id         TEXT    NOT NULL,
    -- Sealed with the server's key (XChaCha20-Poly1305); never sent back by the API.
    client_secret     TEXT    NOT NULL,
    default_entity_id BIGINT NOT NULL REFERENCES entities (id),
    updated_at        BIGINT NOT NULL
);
-- The e-mail domains a provider covers: each domain belongs to one company.
CREATE TABLE sso_domains (
    domain     TEXT    PRIMARY KEY,
    company_id BIGINT NOT NULL REFERENCES companies (id)
);
CREATE INDEX sso_domains_company ON sso_domains (company_id);
-- The services an account made at first sign-in gets, seats allowing.
CREATE TABLE sso_default_services (
    company_id BIGINT NOT NULL REFERENCES companies (id),
    service_id BIGINT NOT NULL REFERENCES services (id),
    PRIMARY KEY (company_id, service_id)
);
-- Sign-ins under way at a provider: single use, short-lived. The state is stored hashed, and
-- bound to the browser that started it (the hash of a cookie only that browser holds).
CREATE TABLE sso_logins (
    state_hash    TEXT    PRIMARY KEY,
    browser_hash  TEXT    NOT NULL,
    company_id    BIGINT NOT NULL REFERENCES companies (id),
    nonce         TEXT    NOT NULL,
    pkce_verifier TEXT    NOT NULL,
    login_hint    TEXT    NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX sso_logins_expiry ON sso_logins (expires_at);
-- The provider's subject: who the person is there, whatever their address becomes.
ALTER TABLE users ADD COLUMN sso_subject TEXT;
CREATE UNIQUE INDEX users_sso_subject ON users (company_id, sso_subject);
-- Administrators who may still sign in with a password once the company is on SSO.
ALTER TABLE users ADD COLUMN break_glass BIGINT NOT NULL DEFAULT 0;
-- A session opened through the provider (sign-out then offers the provider's).
ALTER TABLE sessions ADD COLUMN via_sso BIGINT NOT NULL DEFAULT 0;
