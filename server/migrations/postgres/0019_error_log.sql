-- One row per error answer, so that the reference a person quotes to support leads somewhere:
-- when, whose (company and account, when known), which route and what code. No bodies, no
-- query strings, no secrets. Kept 30 days (the hourly job). Plain numbers, not references:
-- the row outlives nothing it names, and is erased with its company.
CREATE TABLE error_log (
    reference  TEXT NOT NULL PRIMARY KEY,
    at         BIGINT NOT NULL,
    company_id BIGINT,
    user_id    BIGINT,
    method     TEXT NOT NULL,
    route      TEXT NOT NULL,
    status     BIGINT NOT NULL,
    code       TEXT NOT NULL
);
CREATE INDEX error_log_at ON error_log (at);
CREATE INDEX error_log_user ON error_log (user_id, at);
