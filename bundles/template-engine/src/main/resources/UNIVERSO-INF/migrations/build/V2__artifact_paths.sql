-- The file list of each artifact (one path per line), so clients can see and check what an app contains.
ALTER TABLE ${schema}.artifacts ADD COLUMN paths TEXT;
