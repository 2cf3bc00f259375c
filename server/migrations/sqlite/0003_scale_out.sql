-- Rate-limit windows, shared by every server instance on this database.
CREATE TABLE rate_limits (
    key          TEXT    PRIMARY KEY,
    window_start INTEGER NOT NULL,
    count        INTEGER NOT NULL
);
CREATE INDEX rate_limits_window ON rate_limits (window_start);

-- Work done once for all instances (the hourly pass): when it last ran.
CREATE TABLE jobs (
    name        TEXT    PRIMARY KEY,
    last_run_at INTEGER NOT NULL
);

-- Every sort of the users list within a company, with the id that keeps pages stable.
CREATE INDEX users_by_name ON users (company_id, sort_name, id);
CREATE INDEX users_by_created ON users (company_id, created_at, id);
CREATE INDEX users_by_last_sign_in ON users (company_id, last_sign_in_at, id);

-- Substring search over the folded "first last e-mail" by trigrams (FTS5), kept in step with
-- `users` by triggers.
CREATE VIRTUAL TABLE users_search USING fts5 (
    search_text, content = 'users', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO users_search (rowid, search_text) SELECT id, search_text FROM users;
CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN
    INSERT INTO users_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN
    INSERT INTO users_search (users_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER users_search_update AFTER UPDATE OF search_text ON users BEGIN
    INSERT INTO users_search (users_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO users_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
