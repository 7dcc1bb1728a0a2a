-- H2 variant of V2: same result, written the H2 way to prove dialect selection.
ALTER TABLE ${schema}.notes ADD COLUMN IF NOT EXISTS rank INT DEFAULT 0 NOT NULL;
