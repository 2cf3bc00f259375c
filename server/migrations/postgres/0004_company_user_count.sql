-- The number of users of each company, kept by triggers: the users list shows it on every
-- page, and counting 200,000 rows each time would not stay fast.
ALTER TABLE companies ADD COLUMN user_count BIGINT NOT NULL DEFAULT 0;
UPDATE companies SET user_count = (SELECT COUNT(*) FROM users WHERE users.company_id = companies.id);
CREATE FUNCTION users_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE companies SET user_count = user_count + 1 WHERE id = NEW.company_id;
    ELSE
        UPDATE companies SET user_count = user_count - 1 WHERE id = OLD.company_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_count AFTER INSERT OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION users_count_change();
