-- One-time hand-off codes: the editor's Play opens a published app signed in without a token in its URL. Only the
-- hash of a code is kept; a code is redeemed once, before it expires.
CREATE TABLE ${schema}.handoffs (
    code_hash VARCHAR(64) PRIMARY KEY,
    user_id VARCHAR(36) NOT NULL REFERENCES ${schema}.users (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX handoffs_expires_idx ON ${schema}.handoffs (expires_at);
