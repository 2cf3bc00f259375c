-- Passkeys and security keys (WebAuthn), a second sign-in step like an authenticator app.
-- `credential_id`: base64url, unique across every company (an authenticator's credential
-- belongs to one account). `passkey`: webauthn-rs's record of it (public key, counter), JSON.
CREATE TABLE passkeys (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    passkey       TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER
);
CREATE INDEX passkeys_user ON passkeys (user_id);

-- A registration under way: the challenge's state, one per person, short-lived.
CREATE TABLE passkey_registrations (
    user_id    INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);

-- A sign-in's second step by passkey: the challenge's state, kept with the sign-in under way.
ALTER TABLE sign_in_challenges ADD COLUMN passkey_state TEXT;

-- How the company's identity provider authenticated the person of a session it opened (its
-- `amr` claim, comma-separated), when it said: the provider, not Espace, asks for a second step.
ALTER TABLE sessions ADD COLUMN amr TEXT;
