-- Metaverses (catalogs of worlds), uniks (workspaces), spaces (UPDL graphs) and who may do what with them.
CREATE TABLE ${schema}.metaverses (
    id VARCHAR(36) PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    visibility VARCHAR(10) NOT NULL CHECK (visibility IN ('public', 'private')),
    owner_id VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX metaverses_visibility_idx ON ${schema}.metaverses (visibility);

CREATE TABLE ${schema}.metaverse_members (
    metaverse_id VARCHAR(36) NOT NULL REFERENCES ${schema}.metaverses (id) ON DELETE CASCADE,
    user_id VARCHAR(36) NOT NULL,
    role VARCHAR(10) NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'member')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (metaverse_id, user_id)
);
CREATE INDEX metaverse_members_user_idx ON ${schema}.metaverse_members (user_id);

CREATE TABLE ${schema}.metaverse_links (
    id VARCHAR(36) PRIMARY KEY,
    source_id VARCHAR(36) NOT NULL REFERENCES ${schema}.metaverses (id) ON DELETE CASCADE,
    target_id VARCHAR(36) NOT NULL REFERENCES ${schema}.metaverses (id) ON DELETE CASCADE,
    kind VARCHAR(10) NOT NULL CHECK (kind IN ('child', 'partner')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (source_id <> target_id)
);
CREATE UNIQUE INDEX metaverse_links_uq ON ${schema}.metaverse_links (source_id, target_id, kind);

CREATE TABLE ${schema}.uniks (
    id VARCHAR(36) PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    owner_id VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ${schema}.unik_members (
    unik_id VARCHAR(36) NOT NULL REFERENCES ${schema}.uniks (id) ON DELETE CASCADE,
    user_id VARCHAR(36) NOT NULL,
    role VARCHAR(10) NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'member')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (unik_id, user_id)
);
CREATE INDEX unik_members_user_idx ON ${schema}.unik_members (user_id);

CREATE TABLE ${schema}.spaces (
    id VARCHAR(36) PRIMARY KEY,
    unik_id VARCHAR(36) NOT NULL REFERENCES ${schema}.uniks (id) ON DELETE CASCADE,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    created_by VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX spaces_unik_idx ON ${schema}.spaces (unik_id);

CREATE TABLE ${schema}.metaverse_spaces (
    metaverse_id VARCHAR(36) NOT NULL REFERENCES ${schema}.metaverses (id) ON DELETE CASCADE,
    space_id VARCHAR(36) NOT NULL REFERENCES ${schema}.spaces (id) ON DELETE CASCADE,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (metaverse_id, space_id)
);
CREATE INDEX metaverse_spaces_space_idx ON ${schema}.metaverse_spaces (space_id);
