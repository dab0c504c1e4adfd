-- Customers created by another service (business-service converting a lead) carry the caller's idempotency key:
-- a repeated or concurrent request with the same key finds the customer instead of creating a second one.
ALTER TABLE customers ADD COLUMN idempotency_key VARCHAR(64);
CREATE UNIQUE INDEX uk_customers_idempotency_key ON customers (idempotency_key);
