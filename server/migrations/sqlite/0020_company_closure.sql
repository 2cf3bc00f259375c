-- A company an operator closed: suspended until then, its data erased by the hourly job once
-- this time has passed (a grace period in which its export can be downloaded and the closure
-- undone by reactivating it).
ALTER TABLE companies ADD COLUMN closes_at INTEGER;
