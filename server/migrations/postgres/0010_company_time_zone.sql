-- The clock e-mails write times on (an IANA name): Paris for every company until an
-- administrator chooses another.
ALTER TABLE companies ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Paris';
