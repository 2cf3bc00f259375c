-- Entities (subsidiaries, sites, departments): every user belongs to one, and a team
-- administrator's scope is a set of them.
CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies (id),
    name       TEXT    NOT NULL,
    -- The folded name (lower-case, accent-free): "Agence de Lyon" and "agence de lyon" are one.
    name_key   TEXT    NOT NULL,
    -- Kept by triggers: the entities page and a team administrator's list show it.
    user_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    UNIQUE (company_id, name_key)
);

-- Existing companies get one entity, named after them, that holds everyone.
INSERT INTO entities (company_id, name, name_key, created_at)
    SELECT id, name, lower(name), created_at FROM companies;

-- SQLite adds a column with a foreign key only as nullable: the triggers below refuse NULL.
ALTER TABLE users ADD COLUMN entity_id INTEGER REFERENCES entities (id);
UPDATE users SET entity_id = (SELECT e.id FROM entities e WHERE e.company_id = users.company_id);
UPDATE entities SET user_count = (SELECT COUNT(*) FROM users WHERE users.entity_id = entities.id);
CREATE INDEX users_entity ON users (entity_id, sort_name, id);
CREATE TRIGGER users_entity_required_insert BEFORE INSERT ON users WHEN new.entity_id IS NULL BEGIN
    SELECT RAISE(ABORT, 'users.entity_id is required');
END;
CREATE TRIGGER users_entity_required_update BEFORE UPDATE OF entity_id ON users WHEN new.entity_id IS NULL BEGIN
    SELECT RAISE(ABORT, 'users.entity_id is required');
END;
CREATE TRIGGER entities_count_insert AFTER INSERT ON users BEGIN
    UPDATE entities SET user_count = user_count + 1 WHERE id = new.entity_id;
END;
CREATE TRIGGER entities_count_delete AFTER DELETE ON users BEGIN
    UPDATE entities SET user_count = user_count - 1 WHERE id = old.entity_id;
END;
CREATE TRIGGER entities_count_move AFTER UPDATE OF entity_id ON users WHEN new.entity_id <> old.entity_id BEGIN
    UPDATE entities SET user_count = user_count - 1 WHERE id = old.entity_id;
    UPDATE entities SET user_count = user_count + 1 WHERE id = new.entity_id;
END;

-- Three levels. SQLite cannot change a CHECK: a new column takes the old one's place.
ALTER TABLE users ADD COLUMN level TEXT NOT NULL DEFAULT 'user' CHECK (level IN ('user', 'team-admin', 'admin'));
UPDATE users SET level = role;
ALTER TABLE users DROP COLUMN role;
ALTER TABLE users RENAME COLUMN level TO role;

-- A team administrator's entities.
CREATE TABLE admin_scopes (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (user_id, entity_id)
);
CREATE INDEX admin_scopes_entity ON admin_scopes (entity_id);

-- The company's audit log. Names are copied as they were then, so an event still reads the
-- same after the person is deleted or the entity renamed or removed; the ids link to what
-- still exists. `*_key` columns are folded for the filters.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    company_id    INTEGER NOT NULL REFERENCES companies (id),
    at            INTEGER NOT NULL,
    action        TEXT    NOT NULL,
    actor_id      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    actor_name    TEXT,
    actor_key     TEXT    NOT NULL DEFAULT '',
    subject_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    subject_name  TEXT,
    subject_email TEXT,
    subject_key   TEXT    NOT NULL DEFAULT '',
    entity_id     INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    entity_name   TEXT,
    -- Before and after of level, scope, entity or name changes (JSON).
    changes       TEXT
);
INSERT INTO audit_log (id, company_id, at, action, actor_id, actor_name, actor_key, subject_id, subject_name,
                       subject_email, subject_key, entity_id, entity_name)
    SELECT e.id, e.company_id, e.at, e.action, e.actor_id, a.first_name || ' ' || a.last_name,
           COALESCE(lower(a.first_name || ' ' || a.last_name), ''), e.user_id, u.first_name || ' ' || u.last_name,
           u.email, u.search_text, u.entity_id, en.name
    FROM audit_events e
    JOIN users u ON u.id = e.user_id
    JOIN entities en ON en.id = u.entity_id
    LEFT JOIN users a ON a.id = e.actor_id;
DROP TABLE audit_events;
CREATE INDEX audit_log_company ON audit_log (company_id, at, id);
CREATE INDEX audit_log_subject ON audit_log (subject_id, at, id);
CREATE INDEX audit_log_entity ON audit_log (entity_id, at, id);
