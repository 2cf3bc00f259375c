-- A sign-in with a passkey and no password (the browser offers the person's passkeys, which
-- name the account): the challenge's state until the browser answers, short-lived and used
-- once. `id_hash`: SHA-256 of the value of the cookie only that browser holds.
CREATE TABLE passkey_sign_ins (
    id_hash    TEXT NOT NULL PRIMARY KEY,
    state      TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
