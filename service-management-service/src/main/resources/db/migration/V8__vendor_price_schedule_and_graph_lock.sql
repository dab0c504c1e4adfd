-- Vendor cost prices with a future effective date: a history row is "pending" until the roll-forward job (or the
-- next write) copies its prices onto the offer; applied_at records when that happened. Rows written before this
-- migration took effect when they were written.
ALTER TABLE vendor_product_price_history ADD COLUMN applied_at DATETIME(3);
UPDATE vendor_product_price_history SET applied_at = created_at WHERE applied_at IS NULL;
CREATE INDEX idx_vendor_price_history_pending ON vendor_product_price_history (applied_at, effective_from);

-- A stable row that writers of the product-dependency graph lock (SELECT ... FOR UPDATE) before the cycle check, so
-- two concurrent inserts cannot close a cycle together.
INSERT INTO code_sequences (seq_key, next_value) VALUES ('lock:product_dependencies', 0);
