-- Covering index for /internal/stats/customers (counts by type and source of non-deleted customers):
-- the counts are read from the index alone instead of one row lookup per customer.
CREATE INDEX idx_customers_stats ON customers (deleted_at, customer_type, customer_source_type);
