-- Build jobs (a persistent queue claimed by any node), their log lines, and the artifacts they produced.
CREATE TABLE ${schema}.artifacts (
    hash VARCHAR(64) PRIMARY KEY,
    template_id VARCHAR(64) NOT NULL,
    template_version VARCHAR(64) NOT NULL,
    target VARCHAR(16) NOT NULL,
    space_id VARCHAR(36) NOT NULL,
    space_version INT NOT NULL,
    settings TEXT NOT NULL,
    profile VARCHAR(16) NOT NULL,
    runtime_version VARCHAR(32) NOT NULL,
    files INT NOT NULL,
    bytes BIGINT NOT NULL,
    duration_ms BIGINT NOT NULL,
    store VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ${schema}.jobs (
    id VARCHAR(36) PRIMARY KEY,
    status VARCHAR(16) NOT NULL,
    space_id VARCHAR(36) NOT NULL,
    space_version INT NOT NULL,
    template_id VARCHAR(64) NOT NULL,
    template_version VARCHAR(64),
    settings TEXT NOT NULL,
    profile VARCHAR(16) NOT NULL,
    input_hash VARCHAR(64),
    cached BOOLEAN NOT NULL,
    attempts INT NOT NULL,
    cancel_requested BOOLEAN NOT NULL,
    error VARCHAR(4000),
    created_by VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX jobs_status ON ${schema}.jobs (status, created_at);
CREATE INDEX jobs_space ON ${schema}.jobs (space_id, created_at);

CREATE TABLE ${schema}.job_logs (
    job_id VARCHAR(36) NOT NULL REFERENCES ${schema}.jobs (id) ON DELETE CASCADE,
    seq INT NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    message VARCHAR(4000) NOT NULL,
    PRIMARY KEY (job_id, seq)
);
