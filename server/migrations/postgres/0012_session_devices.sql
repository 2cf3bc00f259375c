-- What a person recognises an open session by in their list (the browser and system it was
-- opened from, the client address), and the handle that list ends it with: never the cookie's
-- hash, which stays the server's only.
ALTER TABLE sessions ADD COLUMN public_id TEXT;
ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN address TEXT NOT NULL DEFAULT '';
UPDATE sessions SET public_id = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX sessions_public_id ON sessions (public_id);
