-- Rate-limit windows, shared by every server instance on this database.
CREATE TABLE rate_limits (
    key          TEXT   PRIMARY KEY,
    window_start BIGINT NOT NULL,
    count        BIGINT NOT NULL
);
CREATE INDEX rate_limits_window ON rate_limits (window_start);

-- Work done once for all instances (the hourly pass): when it last ran.
CREATE TABLE jobs (
    name        TEXT   PRIMARY KEY,
    last_run_at BIGINT NOT NULL
);

-- Every sort of the users list within a company, with the id that keeps pages stable (both
-- directions of the last sign-in keep never-signed-in users last).
CREATE INDEX users_by_name ON users (company_id, sort_name, id);
CREATE INDEX users_by_created ON users (company_id, created_at, id);
CREATE INDEX users_by_last_sign_in ON users (company_id, last_sign_in_at NULLS LAST, id);
CREATE INDEX users_by_last_sign_in_desc ON users (company_id, last_sign_in_at DESC NULLS LAST, id DESC);

-- Substring search over the folded "first last e-mail" by trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX users_search ON users USING gin (search_text gin_trgm_ops);
