-- Each committed part of a bulk import: sending the same part again answers with this report
-- instead of creating anyone twice; the parts of a batch make its downloadable report.
CREATE TABLE import_parts (
    company_id   BIGINT NOT NULL REFERENCES companies (id),
    batch        TEXT    NOT NULL,
    part         BIGINT  NOT NULL,
    -- Who imported: only they download the report.
    actor_id     BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    request_hash TEXT    NOT NULL,
    -- The part's `CommitReport` (JSON).
    report       TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    PRIMARY KEY (company_id, batch, part)
);
