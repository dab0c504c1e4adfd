-- Organization data scopes (org, org_and_children) select orders by organization_id: the order list of a sales
-- manager and, per dashboard reader, the order figures analytics reads from /internal/stats/orders. Without an index
-- each such count scans every order.
CREATE INDEX idx_orders_organization ON orders (organization_id, created_at);
