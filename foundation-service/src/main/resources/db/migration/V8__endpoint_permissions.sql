-- Every endpoint of every service now names the permission it needs (common-lib Roles:
-- "hasRole('ADMIN') or hasAuthority('<code>')"), so what a role may do is its grants. This migration adds the codes
-- the catalogue lacked and the grants that keep each built-in role's access exactly what it was when the services
-- checked roles:
--   SALES, FINANCE, OPERATION read reference lists, notifications, service records, dashboards and workflows, comment
--   on orders and work on workflow tasks; SALES and OPERATION write customers and service records; SALES edits,
--   deletes and uploads files to orders, reads receivables, records payments and works collection tasks; FINANCE
--   records payments, works collection tasks and manages payment stages (SALES too).
--   AGENT had no access outside foundation: its lead, opportunity, customer and product grants would now open those
--   endpoints, so they are taken away (agent.view, user.view and organization.view stay; none opens an endpoint).
-- ADMIN's effective set is every active permission: it needs no rows.
-- Tokens issued before this migration carry the old codes until the next login or refresh.

INSERT INTO permissions (id, code, name_zh, name_id, resource_type, action, display_order, is_active, created_at, updated_at) VALUES
('00000000-0000-0000-0002-000000000063', 'payment_stage.manage', '管理付款阶段', 'Kelola Tahap Pembayaran', 'payment_stage', 'manage', 960, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000064', 'service_record.view', '查看服务记录', 'Lihat Catatan Layanan', 'service_record', 'view', 1300, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000065', 'service_record.create', '创建服务记录', 'Buat Catatan Layanan', 'service_record', 'create', 1310, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000066', 'service_record.update', '更新服务记录', 'Perbarui Catatan Layanan', 'service_record', 'update', 1320, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000067', 'service_record.delete', '删除服务记录', 'Hapus Catatan Layanan', 'service_record', 'delete', 1330, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000068', 'reference.view', '查看基础数据', 'Lihat Data Referensi', 'reference', 'view', 1400, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000069', 'reference.manage', '管理基础数据', 'Kelola Data Referensi', 'reference', 'manage', 1410, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000070', 'order.comment', '订单评论', 'Komentar Pesanan', 'order', 'comment', 770, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000071', 'notification.view', '查看通知', 'Lihat Notifikasi', 'notification', 'view', 1500, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000072', 'lead.delete', '删除线索', 'Hapus Prospek', 'lead', 'delete', 550, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000073', 'opportunity.delete', '删除商机', 'Hapus Peluang', 'opportunity', 'delete', 640, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000074', 'payment.record', '登记收款', 'Catat Pembayaran', 'payment', 'record', 860, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000075', 'collection_task.update', '处理催收任务', 'Tangani Tugas Penagihan', 'collection_task', 'update', 870, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000076', 'analytics.view', '查看数据分析', 'Lihat Analitik', 'analytics', 'view', 1600, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000077', 'monitoring.view', '查看系统监控', 'Lihat Pemantauan', 'monitoring', 'view', 1700, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000078', 'monitoring.manage', '处理告警', 'Tangani Peringatan', 'monitoring', 'manage', 1710, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000079', 'log.view', '查看系统日志', 'Lihat Log Sistem', 'log', 'view', 1720, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000080', 'workflow.view', '查看工作流', 'Lihat Alur Kerja', 'workflow', 'view', 1800, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000081', 'workflow.operate', '执行工作流', 'Jalankan Alur Kerja', 'workflow', 'operate', 1810, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000082', 'workflow.manage', '管理工作流', 'Kelola Alur Kerja', 'workflow', 'manage', 1820, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('00000000-0000-0000-0002-000000000083', 'audit.view', '查看审计日志', 'Lihat Log Audit', 'audit', 'view', 1900, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- SALES
INSERT INTO role_permissions (role_id, permission_id, created_at)
SELECT '00000000-0000-0000-0000-000000000102', id, CURRENT_TIMESTAMP FROM permissions
WHERE code IN ('reference.view', 'notification.view', 'order.comment', 'service_record.view', 'analytics.view', 'workflow.view', 'workflow.operate', 'order.update', 'order.delete', 'order.upload', 'finance.receivable.view', 'payment_stage.manage', 'service_record.create', 'service_record.update', 'lead.delete', 'opportunity.delete', 'payment.record', 'collection_task.update')
  AND id NOT IN (SELECT permission_id FROM role_permissions WHERE role_id = '00000000-0000-0000-0000-000000000102');

-- FINANCE
INSERT INTO role_permissions (role_id, permission_id, created_at)
SELECT '00000000-0000-0000-0000-000000000103', id, CURRENT_TIMESTAMP FROM permissions
WHERE code IN ('reference.view', 'notification.view', 'order.comment', 'service_record.view', 'analytics.view', 'workflow.view', 'workflow.operate', 'payment_stage.manage', 'payment.record', 'collection_task.update')
  AND id NOT IN (SELECT permission_id FROM role_permissions WHERE role_id = '00000000-0000-0000-0000-000000000103');

-- OPERATION
INSERT INTO role_permissions (role_id, permission_id, created_at)
SELECT '00000000-0000-0000-0000-000000000104', id, CURRENT_TIMESTAMP FROM permissions
WHERE code IN ('reference.view', 'notification.view', 'order.comment', 'service_record.view', 'analytics.view', 'workflow.view', 'workflow.operate', 'customer.view', 'customer.create', 'customer.update', 'service_record.create', 'service_record.update')
  AND id NOT IN (SELECT permission_id FROM role_permissions WHERE role_id = '00000000-0000-0000-0000-000000000104');

-- AGENT
DELETE FROM role_permissions WHERE role_id = '00000000-0000-0000-0000-000000000105'
  AND permission_id IN (SELECT id FROM permissions WHERE code IN ('lead.create', 'lead.view', 'lead.update', 'lead.list', 'lead.convert', 'opportunity.create', 'opportunity.view', 'opportunity.update', 'opportunity.list', 'customer.create', 'customer.view', 'customer.update', 'customer.list', 'product.view', 'product.list'));
