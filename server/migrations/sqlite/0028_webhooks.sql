-- Webhooks: a company's endpoints and the messages queued for them. A message is written in
-- the transaction of the change it tells (with its audit event), then delivered in order per
-- endpoint by whichever instance holds the endpoint's lease.
CREATE TABLE webhook_endpoints (
    id              INTEGER PRIMARY KEY,
    company_id      INTEGER NOT NULL REFERENCES companies (id),
    url             TEXT NOT NULL,
    description     TEXT NOT NULL,
    -- The event types chosen, each between commas: ',user.created,user.deleted,'.
    events          TEXT NOT NULL,
    -- 1: the whole company; 0: the entities in `webhook_endpoint_scopes`.
    whole_company   INTEGER NOT NULL,
    -- 'on', 'off' (by an administrator) or 'failing' (by Espace after three days of failures).
    state           TEXT NOT NULL CHECK (state IN ('on', 'off', 'failing')),
    -- The signing key, sealed with the server's key (it must sign, so it cannot be hashed).
    secret          TEXT NOT NULL,
    -- After a rotation, the previous key signs too until `previous_until`.
    previous_secret TEXT,
    previous_until  INTEGER,
    created_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    -- The first failure of the current run of failures; cleared by a delivery.
    failing_since   INTEGER,
    -- The instance delivering its messages holds it until then.
    lease_until     INTEGER
);
CREATE INDEX webhook_endpoints_company ON webhook_endpoints (company_id, id);

CREATE TABLE webhook_endpoint_scopes (
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (endpoint_id, entity_id)
);

CREATE TABLE webhook_messages (
    id              INTEGER PRIMARY KEY,
    company_id      INTEGER NOT NULL REFERENCES companies (id),
    endpoint_id     INTEGER NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event           TEXT NOT NULL,
    -- The exact body signed and sent.
    payload         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    -- When it last became pending (queued or resent): given up three days after.
    queued_at       INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_attempt_at INTEGER,
    http_status     INTEGER,
    latency_ms      INTEGER,
    error           TEXT
);
-- The endpoint's next message (the oldest pending) and its page (the newest).
CREATE INDEX webhook_messages_endpoint ON webhook_messages (endpoint_id, status, id);
CREATE INDEX webhook_messages_recent ON webhook_messages (endpoint_id, id);
