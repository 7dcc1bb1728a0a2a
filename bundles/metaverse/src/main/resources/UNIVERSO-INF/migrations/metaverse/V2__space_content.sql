-- The UPDL content of spaces: one draft (autosaved, optimistic revision) and immutable numbered versions.
CREATE TABLE ${schema}.space_drafts (
    space_id VARCHAR(36) PRIMARY KEY REFERENCES ${schema}.spaces (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    graph TEXT NOT NULL,
    updated_by VARCHAR(36) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ${schema}.space_versions (
    space_id VARCHAR(36) NOT NULL REFERENCES ${schema}.spaces (id) ON DELETE CASCADE,
    version INT NOT NULL,
    label VARCHAR(200),
    comment VARCHAR(4000),
    graph TEXT NOT NULL,
    created_by VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (space_id, version)
);
