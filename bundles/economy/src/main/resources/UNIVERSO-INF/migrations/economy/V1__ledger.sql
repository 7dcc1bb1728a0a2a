-- The ledger: money lives only in entries (append-only, BIGINT minor units, double-entry: each transaction's entries
-- sum to zero per currency); an account's balance is kept beside it, changed in the same transaction under a row lock.
CREATE TABLE ${schema}.currencies (
    code VARCHAR(8) PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    minor_units INTEGER NOT NULL CHECK (minor_units BETWEEN 0 AND 6)
);
INSERT INTO ${schema}.currencies (code, name, minor_units) VALUES ('INMO', 'Inmo', 2), ('CRD', 'Credit', 0);

CREATE TABLE ${schema}.accounts (
    id VARCHAR(36) PRIMARY KEY,
    owner_id VARCHAR(36),
    currency VARCHAR(8) NOT NULL REFERENCES ${schema}.currencies (code),
    kind VARCHAR(12) NOT NULL CHECK (kind IN ('user', 'system', 'exchange')),
    allow_negative BOOLEAN NOT NULL DEFAULT FALSE,
    balance BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (allow_negative OR balance >= 0)
);
CREATE INDEX accounts_owner_idx ON ${schema}.accounts (owner_id);

CREATE TABLE ${schema}.transactions (
    id VARCHAR(36) PRIMARY KEY,
    owner_id VARCHAR(36) NOT NULL,
    idem_key VARCHAR(100) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    kind VARCHAR(12) NOT NULL CHECK (kind IN ('transfer', 'exchange', 'issue')),
    memo VARCHAR(200),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX transactions_idem_uq ON ${schema}.transactions (owner_id, idem_key);

CREATE TABLE ${schema}.entries (
    id VARCHAR(36) PRIMARY KEY,
    transaction_id VARCHAR(36) NOT NULL REFERENCES ${schema}.transactions (id),
    account_id VARCHAR(36) NOT NULL REFERENCES ${schema}.accounts (id),
    currency VARCHAR(8) NOT NULL REFERENCES ${schema}.currencies (code),
    amount BIGINT NOT NULL CHECK (amount <> 0),
    position INTEGER NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX entries_account_idx ON ${schema}.entries (account_id, created_at);
CREATE INDEX entries_transaction_idx ON ${schema}.entries (transaction_id);

-- to_amount = floor(amount × num / den), in minor units of each currency.
CREATE TABLE ${schema}.exchange_rates (
    from_currency VARCHAR(8) NOT NULL REFERENCES ${schema}.currencies (code),
    to_currency VARCHAR(8) NOT NULL REFERENCES ${schema}.currencies (code),
    num BIGINT NOT NULL CHECK (num > 0),
    den BIGINT NOT NULL CHECK (den > 0),
    PRIMARY KEY (from_currency, to_currency)
);
INSERT INTO ${schema}.exchange_rates (from_currency, to_currency, num, den) VALUES ('INMO', 'CRD', 1, 10), ('CRD', 'INMO', 10, 1);
