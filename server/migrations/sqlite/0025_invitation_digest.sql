-- Who last sent a person their invitation: told, in a daily digest, when it expires unused.
ALTER TABLE users ADD COLUMN invited_by BIGINT;
-- When an expired invitation link was in its inviter's digest: each is told once.
ALTER TABLE tokens ADD COLUMN expiry_told_at BIGINT;
