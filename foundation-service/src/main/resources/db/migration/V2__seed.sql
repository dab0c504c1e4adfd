-- Seed data of the original: five roles with the original's permission map,
-- the root organization and the admin user. The admin's password hash is set at first start from
-- BANTU_ADMIN_PASSWORD (AdminBootstrap), never stored here.
INSERT INTO roles (id, code, name, description, permissions, created_at, updated_at) VALUES
('00000000-0000-0000-0000-000000000101', 'ADMIN', '管理员', '系统管理员，拥有所有权限', '["*:*"]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0000-000000000102', 'SALES', '销售', '内部销售代表，负责客户开发和订单管理', '["customer:read","customer:write","order:read","order:write"]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0000-000000000103', 'FINANCE', '财务', '财务人员，负责应收应付和财务报表', '["order:read","finance:read","finance:write"]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0000-000000000104', 'OPERATION', '做单人员', '订单处理人员，负责订单处理和跟进', '["order:read","order:write","order:process"]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0000-000000000105', 'AGENT', '渠道代理', '外部渠道代理销售', '["customer:read","order:read"]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO organizations (id, name, code, organization_type, description, is_active, is_locked, is_verified,
                           registered_capital_currency, annual_revenue_currency, certifications, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-000000000001', 'BANTU', 'BANTU', 'internal', 'Root organization', TRUE, FALSE, FALSE,
        'CNY', 'CNY', '[]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO users (id, username, email, display_name, is_active, failed_login_count, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-000000000011', 'admin', 'admin@bantu.sbs', '系统管理员', TRUE, 0,
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO user_roles (user_id, role_id)
VALUES ('00000000-0000-0000-0000-000000000011', '00000000-0000-0000-0000-000000000101');

INSERT INTO organization_employees (id, user_id, organization_id, email, is_primary, is_manager, is_decision_maker,
                                    is_active, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-000000000021', '00000000-0000-0000-0000-000000000011',
        '00000000-0000-0000-0000-000000000001', 'admin@bantu.sbs', TRUE, FALSE, FALSE, TRUE,
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
