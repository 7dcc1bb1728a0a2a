-- Accounts, their links to external identity providers, sessions (refresh-token families) and refresh tokens.
CREATE TABLE ${schema}.users (
    id VARCHAR(36) PRIMARY KEY,
    email VARCHAR(320) NOT NULL,
    password_hash VARCHAR(200),
    display_name VARCHAR(100),
    roles VARCHAR(400) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX users_email_uq ON ${schema}.users (email);

CREATE TABLE ${schema}.identities (
    provider VARCHAR(40) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    user_id VARCHAR(36) NOT NULL REFERENCES ${schema}.users (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, subject)
);

CREATE TABLE ${schema}.sessions (
    id VARCHAR(36) PRIMARY KEY,
    user_id VARCHAR(36) NOT NULL REFERENCES ${schema}.users (id),
    provider VARCHAR(40) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    revoked_reason VARCHAR(40)
);
CREATE INDEX sessions_user_idx ON ${schema}.sessions (user_id);

CREATE TABLE ${schema}.refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(36) NOT NULL REFERENCES ${schema}.sessions (id),
    parent_hash VARCHAR(64),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX refresh_tokens_session_idx ON ${schema}.refresh_tokens (session_id);

-- The platform's token signing secret when the operator has not configured one: generated once, shared by
-- every node on this database.
CREATE TABLE ${schema}.signing_keys (
    id VARCHAR(40) PRIMARY KEY,
    secret VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
