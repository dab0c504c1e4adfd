-- Reference data: order statuses (the original's eight plus approved and processing), customer levels and
-- follow-up statuses (Chinese and Indonesian names).
INSERT INTO order_statuses (id, code, name, name_id, display_order, is_active, created_at, updated_at) VALUES
 ('0b6f0c8e-0000-4000-8000-000000000001', 'draft', '草稿', 'Draf', 1, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-000000000002', 'submitted', '已提交', 'Diajukan', 2, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-000000000003', 'assigned', '已分配', 'Ditugaskan', 3, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-000000000004', 'in_progress', '进行中', 'Sedang Berjalan', 4, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-000000000005', 'pending_review', '待审核', 'Menunggu Tinjauan', 5, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-000000000006', 'completed', '已完成', 'Selesai', 6, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-000000000007', 'cancelled', '已取消', 'Dibatalkan', 7, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-000000000008', 'on_hold', '暂停', 'Ditunda', 8, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-000000000009', 'approved', '已审批', 'Disetujui', 9, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('0b6f0c8e-0000-4000-8000-00000000000a', 'processing', '处理中', 'Diproses', 10, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO customer_levels (id, code, name_zh, name_id, sort_order, is_active, created_at, updated_at) VALUES
 ('1c6f0c8e-0000-4000-8000-000000000002', '2', '央企总部和龙头企业', 'Kantor Pusat BUMN dan Perusahaan Terkemuka', 1, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('1c6f0c8e-0000-4000-8000-000000000003', '3', '国有企业和上市公司', 'BUMN dan Perusahaan Terbuka', 2, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('1c6f0c8e-0000-4000-8000-000000000004', '4', '非上市品牌公司', 'Perusahaan Bermerek Non-Publik', 3, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('1c6f0c8e-0000-4000-8000-000000000005', '5', '中小型企业', 'Usaha Kecil dan Menengah', 4, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('1c6f0c8e-0000-4000-8000-000000000006', '6', '个人创业小公司', 'Perusahaan Rintisan Perorangan', 5, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO follow_up_statuses (id, code, name_zh, name_id, sort_order, is_active, created_at, updated_at) VALUES
 ('2c6f0c8e-0000-4000-8000-000000000001', '1', '需求澄清', 'Klarifikasi Kebutuhan', 1, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('2c6f0c8e-0000-4000-8000-000000000002', '2', '价格谈判', 'Negosiasi Harga', 2, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('2c6f0c8e-0000-4000-8000-000000000003', '3', '合同签署', 'Penandatanganan Kontrak', 3, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('2c6f0c8e-0000-4000-8000-000000000004', '4', '服务执行', 'Pelaksanaan Layanan', 4, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('2c6f0c8e-0000-4000-8000-000000000005', '5', '服务完成', 'Layanan Selesai', 5, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
