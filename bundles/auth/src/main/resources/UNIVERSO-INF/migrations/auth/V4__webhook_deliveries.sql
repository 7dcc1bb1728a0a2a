-- Webhook deliveries already taken (by their webhook-id): a delivery sent again is refused, not applied twice.
CREATE TABLE ${schema}.webhook_deliveries (
    id VARCHAR(200) PRIMARY KEY,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_deliveries_received_idx ON ${schema}.webhook_deliveries (received_at);
