-- Station markets. Goods and Inmo never live here: they are ledger balances, held in escrow accounts while an order
-- is open. These tables say who is owed what; settlement moves it with idempotent ledger transfers.
CREATE TABLE ${schema}.books (
    station_id VARCHAR(100) NOT NULL,
    currency VARCHAR(8) NOT NULL,
    PRIMARY KEY (station_id, currency)
);

CREATE TABLE ${schema}.escrow_accounts (
    currency VARCHAR(8) PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL
);

CREATE TABLE ${schema}.orders (
    id VARCHAR(36) PRIMARY KEY,
    owner_id VARCHAR(36) NOT NULL,
    idem_key VARCHAR(100) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    station_id VARCHAR(100) NOT NULL,
    side VARCHAR(4) NOT NULL CHECK (side IN ('buy', 'sell')),
    currency VARCHAR(8) NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    remaining BIGINT NOT NULL CHECK (remaining >= 0 AND remaining <= quantity),
    price BIGINT NOT NULL CHECK (price > 0),
    inmo_account_id VARCHAR(36) NOT NULL,
    goods_account_id VARCHAR(36) NOT NULL,
    status VARCHAR(10) NOT NULL CHECK (status IN ('pending', 'open', 'filled', 'cancelled', 'rejected')),
    refund_due BOOLEAN NOT NULL DEFAULT FALSE,
    reason VARCHAR(200),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX orders_idem_uq ON ${schema}.orders (owner_id, idem_key);
CREATE INDEX orders_book_idx ON ${schema}.orders (station_id, currency, status, price, created_at);
CREATE INDEX orders_owner_idx ON ${schema}.orders (owner_id, created_at);

CREATE TABLE ${schema}.fills (
    id VARCHAR(36) PRIMARY KEY,
    buy_order_id VARCHAR(36) NOT NULL REFERENCES ${schema}.orders (id),
    sell_order_id VARCHAR(36) NOT NULL REFERENCES ${schema}.orders (id),
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    price BIGINT NOT NULL CHECK (price > 0),
    buy_price BIGINT NOT NULL CHECK (buy_price >= price),
    settled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX fills_buy_idx ON ${schema}.fills (buy_order_id);
CREATE INDEX fills_sell_idx ON ${schema}.fills (sell_order_id);
CREATE INDEX fills_unsettled_idx ON ${schema}.fills (settled);
