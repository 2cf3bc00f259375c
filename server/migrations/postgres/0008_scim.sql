-- What a company's directory calls a person (SCIM): its own id for them (`externalId`), and
-- its `userName` when that is not the sign-in e-mail. Kept as it sent them.
ALTER TABLE users ADD COLUMN external_id TEXT;
ALTER TABLE users ADD COLUMN scim_user_name TEXT;
-- How the directory labels the sign-in address in `emails`: its `type`, and `primary` (0/1).
ALTER TABLE users ADD COLUMN scim_email_type TEXT;
ALTER TABLE users ADD COLUMN scim_email_primary BIGINT;
CREATE INDEX users_external_id ON users (company_id, external_id);
