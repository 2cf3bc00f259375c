-- The browsers a person has signed in from: each carries a long-lived random cookie, of which
-- only the SHA-256 is kept. A sign-in from a browser not among them e-mails the person.
CREATE TABLE known_devices (
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_hash   TEXT    NOT NULL,
    first_seen_at INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, device_hash)
);
