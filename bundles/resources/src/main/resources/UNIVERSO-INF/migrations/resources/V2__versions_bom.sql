-- Versions of a resource (a published one never changes) and their bills of materials: parent version → child
-- version, in a quantity of a unit of the child's dimension; optional parts; alternatives share a group.
CREATE TABLE ${schema}.resource_versions (
    id VARCHAR(36) PRIMARY KEY,
    resource_id VARCHAR(36) NOT NULL REFERENCES ${schema}.resources (id) ON DELETE CASCADE,
    version VARCHAR(64) NOT NULL,
    status VARCHAR(12) NOT NULL CHECK (status IN ('draft', 'published', 'deprecated')),
    unit_code VARCHAR(20) NOT NULL REFERENCES ${schema}.units (code),
    mass_kg DOUBLE PRECISION NOT NULL DEFAULT 0,
    volume_m3 DOUBLE PRECISION NOT NULL DEFAULT 0,
    cost_minor BIGINT NOT NULL DEFAULT 0,
    created_by VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX resource_versions_uq ON ${schema}.resource_versions (resource_id, version);

CREATE TABLE ${schema}.resource_bom (
    id VARCHAR(36) PRIMARY KEY,
    parent_version_id VARCHAR(36) NOT NULL REFERENCES ${schema}.resource_versions (id) ON DELETE CASCADE,
    child_version_id VARCHAR(36) NOT NULL REFERENCES ${schema}.resource_versions (id),
    qty DOUBLE PRECISION NOT NULL CHECK (qty > 0),
    unit_code VARCHAR(20) NOT NULL REFERENCES ${schema}.units (code),
    optional BOOLEAN NOT NULL DEFAULT FALSE,
    alt_group VARCHAR(64),
    position INTEGER NOT NULL
);
CREATE INDEX resource_bom_parent_idx ON ${schema}.resource_bom (parent_version_id);
CREATE INDEX resource_bom_child_idx ON ${schema}.resource_bom (child_version_id);
