-- A world has an owner (a user, or a unik or another kind another bundle answers for) and a visibility. Worlds that
-- only existed as entities' world_id so far become private worlds of the user who put the first entity there.
CREATE TABLE ${schema}.worlds (
    id VARCHAR(128) PRIMARY KEY,
    name VARCHAR(200),
    owner_kind VARCHAR(32) NOT NULL,
    owner_id VARCHAR(36) NOT NULL,
    visibility VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX worlds_owner_idx ON ${schema}.worlds (owner_kind, owner_id);

INSERT INTO ${schema}.worlds (id, owner_kind, owner_id, visibility, created_at)
SELECT e.world_id, 'user', MIN(e.owner_id), 'private', MIN(e.created_at)
FROM ${schema}.entities e
WHERE e.created_at = (SELECT MIN(f.created_at) FROM ${schema}.entities f WHERE f.world_id = e.world_id)
GROUP BY e.world_id;
