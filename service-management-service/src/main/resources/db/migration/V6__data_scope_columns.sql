-- Data scopes: every customer and service record carries the organization it belongs to (the creator's organization,
-- from the token), and customers record who created and last changed them (from the token, never from a body).
-- A list or lookup of a SALES user matches owner_user_id / created_by (service records: sales_user_id / created_by),
-- an organization scope matches organization_id; the indexes keep those conditions off full scans.
ALTER TABLE customers ADD COLUMN organization_id CHAR(36);
ALTER TABLE customers ADD COLUMN created_by CHAR(36);
ALTER TABLE customers ADD COLUMN updated_by CHAR(36);
CREATE INDEX idx_customers_organization ON customers (organization_id);
CREATE INDEX idx_customers_created_by ON customers (created_by);

ALTER TABLE service_records ADD COLUMN organization_id CHAR(36);
CREATE INDEX idx_service_records_organization ON service_records (organization_id);
CREATE INDEX idx_service_records_created_by ON service_records (created_by);

-- Existing rows. A customer without an owner is owned by its creator; rows from before this migration have no
-- recorded creator, so the owner is the only person known: it becomes the creator too. A service record belongs to
-- the organization of its customer. Organizations of existing customers are not known to this service (users and
-- organizations live in foundation): they stay NULL, which only an "all" scope (ADMIN, FINANCE) or the owner sees,
-- until an administrator sets them (UPDATE customers SET organization_id = ... WHERE owner_user_id IN (...)), then
-- re-runs the service-record statement below.
UPDATE customers SET created_by = owner_user_id WHERE created_by IS NULL AND owner_user_id IS NOT NULL;
UPDATE service_records SET organization_id = (SELECT c.organization_id FROM customers c WHERE c.id = service_records.customer_id)
WHERE organization_id IS NULL;
