-- The number of users of each company, kept by triggers: the users list shows it on every
-- page, and counting 200,000 rows each time would not stay fast.
ALTER TABLE companies ADD COLUMN user_count INTEGER NOT NULL DEFAULT 0;
UPDATE companies SET user_count = (SELECT COUNT(*) FROM users WHERE users.company_id = companies.id);
CREATE TRIGGER users_count_insert AFTER INSERT ON users BEGIN
    UPDATE companies SET user_count = user_count + 1 WHERE id = new.company_id;
END;
CREATE TRIGGER users_count_delete AFTER DELETE ON users BEGIN
    UPDATE companies SET user_count = user_count - 1 WHERE id = old.company_id;
END;
