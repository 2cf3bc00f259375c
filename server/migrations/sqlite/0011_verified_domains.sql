-- A company's e-mail domains: claimed by its administrators, then proven with a TXT record
-- (`_espace-challenge.<domain>` = `challenge`) before anything trusts them (SSO routing, the
-- accounts SSO makes). Several companies may claim a domain; one only may have it verified.
CREATE TABLE company_domains (
    company_id  INTEGER NOT NULL REFERENCES companies (id),
    domain      TEXT    NOT NULL,
    challenge   TEXT    NOT NULL,
    claimed_at  INTEGER NOT NULL,
    -- Set while the record is there; cleared when a daily check finds it gone (`lost_at`).
    verified_at INTEGER,
    checked_at  INTEGER,
    lost_at     INTEGER,
    PRIMARY KEY (company_id, domain)
);
CREATE UNIQUE INDEX company_domains_verified ON company_domains (domain) WHERE verified_at IS NOT NULL;
CREATE INDEX company_domains_due ON company_domains (checked_at) WHERE verified_at IS NOT NULL;
-- Domains saved before proof was asked for are claims now: their company verifies them again.
INSERT INTO company_domains (company_id, domain, challenge, claimed_at)
    SELECT company_id, domain, lower(hex(randomblob(16))), CAST(strftime('%s', 'now') AS INTEGER) FROM sso_domains;
DROP TABLE sso_domains;
