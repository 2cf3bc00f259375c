-- Versions of the privacy policy the provider's operators publish: each takes effect on its
-- day, and from then everyone who accepted an earlier one is asked again.
CREATE TABLE privacy_policies (
    version TEXT PRIMARY KEY,
    effective_at BIGINT NOT NULL,
    text_en TEXT NOT NULL,
    text_fr TEXT NOT NULL,
    changes_en TEXT NOT NULL,
    changes_fr TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by BIGINT
);
CREATE INDEX privacy_policies_effective ON privacy_policies (effective_at);
-- When an administrator last reminded the person to accept the current version: once a day.
ALTER TABLE users ADD COLUMN policy_reminded_at BIGINT;
