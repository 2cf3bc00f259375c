-- The bulk action an audit event belongs to: the events of one batch share its id, and the
-- audit log filters by it.
ALTER TABLE audit_log ADD COLUMN batch TEXT;
CREATE INDEX audit_log_batch ON audit_log (company_id, batch) WHERE batch IS NOT NULL;
