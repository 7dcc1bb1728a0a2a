-- Entities form trees (parent_id; one parent each, enforced by the column) inside a world; components are JSON
-- documents keyed by type with a version for optimistic writes; other typed links are entity_relations rows.
-- resource_version_id points into the resources schema, which another bundle owns: no foreign key across bundles.
CREATE TABLE ${schema}.entities (
    id VARCHAR(36) PRIMARY KEY,
    world_id VARCHAR(128) NOT NULL,
    owner_id VARCHAR(36) NOT NULL,
    parent_id VARCHAR(36) REFERENCES ${schema}.entities (id) ON DELETE CASCADE,
    resource_version_id VARCHAR(36),
    name VARCHAR(200),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX entities_parent_idx ON ${schema}.entities (parent_id);
CREATE INDEX entities_world_idx ON ${schema}.entities (world_id);
CREATE INDEX entities_owner_world_idx ON ${schema}.entities (owner_id, world_id);

CREATE TABLE ${schema}.components (
    entity_id VARCHAR(36) NOT NULL REFERENCES ${schema}.entities (id) ON DELETE CASCADE,
    type VARCHAR(64) NOT NULL,
    data ${json} NOT NULL,
    version BIGINT NOT NULL CHECK (version > 0),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity_id, type)
);

CREATE TABLE ${schema}.entity_relations (
    from_id VARCHAR(36) NOT NULL REFERENCES ${schema}.entities (id) ON DELETE CASCADE,
    kind VARCHAR(64) NOT NULL,
    to_id VARCHAR(36) NOT NULL REFERENCES ${schema}.entities (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (from_id, kind, to_id)
);
CREATE INDEX entity_relations_to_idx ON ${schema}.entity_relations (to_id);
