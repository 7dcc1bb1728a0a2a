-- Publications: a project serves one space at /p/{slug}; its versions point at build artifacts; activation moves a
-- pointer (with history, for rollback); preview tokens open unreleased versions; every action is audited.
CREATE TABLE ${schema}.projects (
    id VARCHAR(36) PRIMARY KEY,
    slug VARCHAR(64) NOT NULL UNIQUE,
    space_id VARCHAR(36) NOT NULL,
    name VARCHAR(200) NOT NULL,
    visibility VARCHAR(16) NOT NULL,
    active_version INT,
    created_by VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ${schema}.project_members (
    container_id VARCHAR(36) NOT NULL REFERENCES ${schema}.projects (id) ON DELETE CASCADE,
    user_id VARCHAR(36) NOT NULL,
    role VARCHAR(16) NOT NULL,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (container_id, user_id)
);

CREATE TABLE ${schema}.versions (
    project_id VARCHAR(36) NOT NULL REFERENCES ${schema}.projects (id) ON DELETE CASCADE,
    number INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    artifact_hash VARCHAR(64) NOT NULL,
    build_id VARCHAR(36) NOT NULL,
    template_id VARCHAR(64) NOT NULL,
    template_version VARCHAR(64) NOT NULL,
    space_version INT NOT NULL,
    label VARCHAR(200),
    notes VARCHAR(4000),
    created_by VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, number)
);

CREATE TABLE ${schema}.activations (
    project_id VARCHAR(36) NOT NULL REFERENCES ${schema}.projects (id) ON DELETE CASCADE,
    seq INT NOT NULL,
    version INT NOT NULL,
    by_user VARCHAR(36) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, seq)
);

CREATE TABLE ${schema}.preview_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    project_id VARCHAR(36) NOT NULL REFERENCES ${schema}.projects (id) ON DELETE CASCADE,
    version INT NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(36) NOT NULL
);

CREATE TABLE ${schema}.audit (
    id VARCHAR(36) PRIMARY KEY,
    project_id VARCHAR(36) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id VARCHAR(36) NOT NULL,
    action VARCHAR(32) NOT NULL,
    details VARCHAR(4000)
);
CREATE INDEX audit_project ON ${schema}.audit (project_id, at);
