-- Company creations through the operator API carry an idempotency key: a billing system that
-- sends again after a lost answer gets the same company, not a second one or a refusal.
-- Forgotten after a week, like the companies' own keys.
CREATE TABLE operator_idempotency (
    idem_key     TEXT   NOT NULL PRIMARY KEY,
    request_hash TEXT   NOT NULL,
    company_id   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX operator_idempotency_created ON operator_idempotency (created_at);
