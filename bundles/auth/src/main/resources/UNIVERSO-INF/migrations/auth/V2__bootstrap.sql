-- Whether the installation's first administrator was made. One row, locked by each registration that asks, so
-- that two first registrations at the same moment make one administrator, not two.
CREATE TABLE ${schema}.bootstrap (
    id INT PRIMARY KEY,
    admin_assigned BOOLEAN NOT NULL
);
INSERT INTO ${schema}.bootstrap (id, admin_assigned) SELECT 1, COUNT(*) > 0 FROM ${schema}.users;
