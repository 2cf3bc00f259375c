-- API tokens: only the SHA-256 of the secret is kept, with its first characters to recognise it.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    company_id   INTEGER NOT NULL REFERENCES companies (id),
    name         TEXT    NOT NULL,
    hash         TEXT    NOT NULL UNIQUE,
    prefix       TEXT    NOT NULL,
    permission   TEXT    NOT NULL CHECK (permission IN ('read', 'manage')),
    -- 1: the whole company; 0: the entities in `api_token_scopes`.
    whole_company INTEGER NOT NULL,
    -- The token acts with its creator's rights, never more: gone or lessened, it stops.
    created_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);
CREATE INDEX api_tokens_company ON api_tokens (company_id, created_at);

CREATE TABLE api_token_scopes (
    token_id  INTEGER NOT NULL REFERENCES api_tokens (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (token_id, entity_id)
);

-- Events done through a token name the token (`actor_name`) rather than a person.
ALTER TABLE audit_log ADD COLUMN actor_token INTEGER NOT NULL DEFAULT 0;
