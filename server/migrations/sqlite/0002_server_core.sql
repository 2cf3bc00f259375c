-- Mail delivery that never stalls: each message is tried on its own, with backoff, until it
-- leaves or is given up with a reason the admin can read.
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
-- While one delivery loop holds a message, no other picks it up.
ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN failed_at INTEGER;
ALTER TABLE outbox ADD COLUMN failure TEXT
    CHECK (failure IN ('invalid-address', 'rejected', 'smtputf8-unsupported', 'unreachable'));
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_user ON outbox (user_id, id);

-- The same key with another body is refused: the hash of the first body is kept.
ALTER TABLE idempotency_keys ADD COLUMN request_hash TEXT NOT NULL DEFAULT '';

-- The hourly job purges sessions and links that can no longer be used.
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX tokens_expiry ON tokens (expires_at);
