-- The provider's catalogue: the services it offers every company, named in both languages,
-- with the address a person's space links to.
CREATE TABLE provider_services (
    id             INTEGER PRIMARY KEY,
    name_en        TEXT    NOT NULL,
    name_fr        TEXT    NOT NULL,
    description_en TEXT    NOT NULL DEFAULT '',
    description_fr TEXT    NOT NULL DEFAULT '',
    url            TEXT    NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX provider_services_name ON provider_services (name_en);

-- A company's service is one of the catalogue's, made by its first order.
ALTER TABLE services ADD COLUMN provider_service_id INTEGER REFERENCES provider_services (id);
INSERT INTO provider_services (name_en, name_fr, created_at) SELECT DISTINCT name, name, 0 FROM services;
UPDATE services SET provider_service_id = (SELECT p.id FROM provider_services p WHERE p.name_en = services.name);
CREATE UNIQUE INDEX services_company_provider ON services (company_id, provider_service_id);

-- What a company ordered. Its seats of a service are the sum of the orders current today:
-- `starts_on` <= today <= `ends_on` (days as `YYYY-MM-DD`, UTC; no end: open-ended).
CREATE TABLE service_orders (
    id               INTEGER PRIMARY KEY,
    company_id       INTEGER NOT NULL REFERENCES companies (id),
    service_id       INTEGER NOT NULL REFERENCES services (id),
    seats            INTEGER NOT NULL CHECK (seats >= 0),
    starts_on        TEXT    NOT NULL,
    ends_on          TEXT,
    -- When the company's administrators were told the order ends.
    ending_notice_at INTEGER,
    created_at       INTEGER NOT NULL
);
CREATE INDEX service_orders_service ON service_orders (service_id, starts_on);
CREATE INDEX service_orders_company ON service_orders (company_id);
INSERT INTO service_orders (company_id, service_id, seats, starts_on, created_at)
    SELECT company_id, id, seats_total, '2000-01-01', 0 FROM services;
ALTER TABLE services DROP COLUMN seats_total;

-- Tokens a provider's systems (billing) use on `/api/operator/v1`, acting as the operator who
-- made them. Only the SHA-256 of the secret is kept.
CREATE TABLE operator_tokens (
    id           INTEGER PRIMARY KEY,
    operator_id  INTEGER NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    hash         TEXT    NOT NULL UNIQUE,
    prefix       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);
CREATE INDEX operator_tokens_operator ON operator_tokens (operator_id, created_at);

-- What an operator's action was about besides the company (a service, seats, a token), and the
-- token it came through, if any.
ALTER TABLE operator_audit ADD COLUMN detail TEXT NOT NULL DEFAULT '';
ALTER TABLE operator_audit ADD COLUMN token_id INTEGER;
