-- SALES read finance reports restricted to their own orders (finance-service scopes every report by the caller's
-- data scope), so the role holds finance.report.view. Export (finance.report.export) stays with FINANCE.
INSERT INTO role_permissions (role_id, permission_id, created_at)
SELECT '00000000-0000-0000-0000-000000000102', id, CURRENT_TIMESTAMP FROM permissions
WHERE code = 'finance.report.view'
  AND id NOT IN (SELECT permission_id FROM role_permissions WHERE role_id = '00000000-0000-0000-0000-000000000102');
