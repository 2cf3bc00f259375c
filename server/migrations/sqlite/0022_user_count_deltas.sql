-- The same table as on PostgreSQL, where counts are kept as deltas to avoid a hot row (see its
-- migration). SQLite has one writer and no row versions to pile up: its row triggers stay, and
-- this table stays empty; the queries that add it serve both engines.
CREATE TABLE user_count_deltas (
    id         INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL,
    entity_id  INTEGER NOT NULL,
    delta      INTEGER NOT NULL
);
CREATE INDEX user_count_deltas_company ON user_count_deltas (company_id);
CREATE INDEX user_count_deltas_entity ON user_count_deltas (entity_id);
