-- When a person was reminded, with this link, that their invitation expires the next day: the
-- reminder carries a fresh link (same expiry) and is sent once.
ALTER TABLE tokens ADD COLUMN reminded_at BIGINT;
