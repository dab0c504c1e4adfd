-- Reference data the current web client reads (industries, customer levels, seeded customer sources), customer
-- follow-up fields, enterprise service codes, product dependencies and vendor cost prices with their history.
-- Portable subset (MySQL 8, MariaDB 10.11, H2 in MySQL mode): one column per ALTER; ids are fixed UUIDs.

CREATE TABLE industries (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    code           VARCHAR(100) NOT NULL,
    name_zh        VARCHAR(255) NOT NULL,
    name_id        VARCHAR(255) NOT NULL,
    description_zh TEXT,
    description_id TEXT,
    sort_order     INT          NOT NULL DEFAULT 0,
    is_active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME     NOT NULL,
    updated_at     DATETIME     NOT NULL,
    CONSTRAINT uk_industries_code UNIQUE (code)
);
CREATE INDEX idx_industries_order ON industries (sort_order, code);

-- Read-only copy of business-service's customer levels (same codes and names; changed only by a migration in both
-- services), so customer responses can carry the level's names without a remote call.
CREATE TABLE customer_levels (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    code           VARCHAR(50)  NOT NULL,
    name_zh        VARCHAR(255) NOT NULL,
    name_id        VARCHAR(255) NOT NULL,
    description_zh TEXT,
    description_id TEXT,
    sort_order     INT          NOT NULL DEFAULT 0,
    is_active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME     NOT NULL,
    updated_at     DATETIME     NOT NULL,
    CONSTRAINT uk_customer_levels_code UNIQUE (code)
);

INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('81885d96-c0a8-5e56-b13d-7b8feca6408d', 'tech', '科技/互联网', 'Teknologi/Internet', NULL, NULL, 1, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('bf45a8a6-b87a-50ad-bf14-2460db31b688', 'finance', '金融/保险', 'Keuangan/Asuransi', NULL, NULL, 2, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('87573ca8-8504-5f9c-bb86-ad1e233a4cfd', 'manufacturing', '制造业', 'Manufaktur', NULL, NULL, 3, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('2039554f-80cf-5ff1-b66a-3884c48fe85b', 'retail', '零售/贸易', 'Ritel/Perdagangan', NULL, NULL, 4, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('502e38c9-8db9-5985-87c2-d7a95e5ca6b1', 'service', '服务业', 'Layanan', NULL, NULL, 5, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('127a8758-19ee-50b1-aea8-9b90077ddad6', 'education', '教育', 'Pendidikan', NULL, NULL, 6, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('6bce6328-120d-5293-b9b6-afda943c8751', 'healthcare', '医疗/健康', 'Kesehatan', NULL, NULL, 7, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('e57735f7-5828-5f30-90f1-f5245aa783b6', 'real_estate', '房地产', 'Real Estate', NULL, NULL, 8, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('3f70fd25-3a2b-5196-a7e8-dc197ee26722', 'logistics', '物流/运输', 'Logistik/Transportasi', NULL, NULL, 9, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO industries (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('fdda41c5-5ca7-559c-85ea-86833cbe2f20', 'other', '其他', 'Lainnya', NULL, NULL, 99, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');

INSERT INTO customer_levels (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('e477571a-40e0-54f9-8bc7-8dfe936d2c24', '2', '央企总部和龙头企业', 'Perusahaan Pusat BUMN dan Perusahaan Terkemuka', '央企总部和龙头企业', 'Perusahaan Pusat BUMN dan Perusahaan Terkemuka', 2, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO customer_levels (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('0c322df8-d8b8-56b2-a1e8-a053e82ccc32', '3', '国有企业和上市公司', 'Perusahaan BUMN dan Perusahaan Terdaftar', '国有企业和上市公司', 'Perusahaan BUMN dan Perusahaan Terdaftar', 3, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO customer_levels (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('0de741d8-d705-5eed-a28d-bc91dc16e34b', '4', '非上市品牌公司', 'Perusahaan Merek Non-Terdaftar', '非上市品牌公司', 'Perusahaan Merek Non-Terdaftar', 4, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO customer_levels (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('c3b294cc-afd5-5842-81a2-4f5377026f73', '5', '中小型企业', 'Perusahaan Kecil dan Menengah', '中小型企业', 'Perusahaan Kecil dan Menengah', 5, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO customer_levels (id, code, name_zh, name_id, description_zh, description_id, sort_order, is_active, created_at, updated_at) VALUES ('44a6c3ea-8af4-5943-bb53-c8b6ed9bf9f6', '6', '个人创业小公司', 'Perusahaan Kecil Wirausaha Individu', '个人创业小公司', 'Perusahaan Kecil Wirausaha Individu', 6, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');

-- customers: the industry reference (the free-text industry stays) and the follow-up dates
ALTER TABLE customers ADD COLUMN industry_id CHAR(36);
ALTER TABLE customers ADD COLUMN last_follow_up_at DATETIME;
ALTER TABLE customers ADD COLUMN next_follow_up_at DATETIME;
ALTER TABLE customers ADD CONSTRAINT fk_customers_industry FOREIGN KEY (industry_id) REFERENCES industries (id);
CREATE INDEX idx_customers_industry ON customers (industry_id);
CREATE INDEX idx_customers_next_follow_up ON customers (next_follow_up_at);

-- customer sources and channels: bilingual names (optional; `name` stays the default)
ALTER TABLE customer_sources ADD COLUMN name_zh VARCHAR(255);
ALTER TABLE customer_sources ADD COLUMN name_id VARCHAR(255);
ALTER TABLE customer_channels ADD COLUMN name_zh VARCHAR(255);
ALTER TABLE customer_channels ADD COLUMN name_id VARCHAR(255);

INSERT INTO customer_sources (id, code, name, name_zh, name_id, description, display_order, is_active, created_at, updated_at) VALUES ('ad0d3504-4247-59e6-abdc-094ab114e137', 'source_001', '客户转介绍', '客户转介绍', NULL, NULL, 1, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO customer_sources (id, code, name, name_zh, name_id, description, display_order, is_active, created_at, updated_at) VALUES ('9c8fb0a3-aa3d-5de1-a0c1-01a5ab455d53', 'source_002', '微信扫码', '微信扫码', NULL, NULL, 2, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO customer_sources (id, code, name, name_zh, name_id, description, display_order, is_active, created_at, updated_at) VALUES ('34d2a328-ba2b-564d-9039-97ad0a14b57b', 'source_003', '微信群', '微信群', NULL, NULL, 3, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO customer_sources (id, code, name, name_zh, name_id, description, display_order, is_active, created_at, updated_at) VALUES ('2320fb9b-0e8b-53c1-aa19-2910f8da6724', 'source_004', '渠道介绍', '渠道介绍', NULL, NULL, 4, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO customer_sources (id, code, name, name_zh, name_id, description, display_order, is_active, created_at, updated_at) VALUES ('fc75ad85-0316-5658-afbd-93be54c85825', 'source_005', '外部推广', '外部推广', NULL, NULL, 5, TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');

-- follow-ups: content becomes optional; the customer's status before/after the contact
ALTER TABLE follow_ups MODIFY content TEXT NULL;
ALTER TABLE follow_ups ADD COLUMN status_before VARCHAR(50);
ALTER TABLE follow_ups ADD COLUMN status_after VARCHAR(50);

-- products: the enterprise service code ({CAT}-{ST}-{NNN}), assigned once, never regenerated
ALTER TABLE products ADD COLUMN enterprise_service_code VARCHAR(50);
ALTER TABLE products ADD COLUMN code_generation_rule VARCHAR(100);
CREATE UNIQUE INDEX uk_products_enterprise_service_code ON products (enterprise_service_code);

-- vendor products: both cost prices side by side (vendor_price/currency_code stay, derived, for the existing API)
ALTER TABLE vendor_products ADD COLUMN cost_price_cny DECIMAL(18, 2);
ALTER TABLE vendor_products ADD COLUMN cost_price_idr DECIMAL(18, 2);
ALTER TABLE vendor_products ADD COLUMN priority INT NOT NULL DEFAULT 0;
UPDATE vendor_products SET cost_price_idr = vendor_price WHERE currency_code = 'IDR';
UPDATE vendor_products SET cost_price_cny = vendor_price WHERE currency_code = 'CNY';

CREATE TABLE vendor_product_price_history (
    id                CHAR(36)       NOT NULL PRIMARY KEY,
    vendor_product_id CHAR(36)       NOT NULL,
    old_price_cny     DECIMAL(18, 2),
    old_price_idr     DECIMAL(18, 2),
    new_price_cny     DECIMAL(18, 2),
    new_price_idr     DECIMAL(18, 2),
    effective_from    DATETIME(3)    NOT NULL,
    effective_to      DATETIME(3),
    change_reason     TEXT,
    changed_by        CHAR(36),
    created_at        DATETIME(3)    NOT NULL,
    CONSTRAINT fk_vendor_price_history_vp FOREIGN KEY (vendor_product_id) REFERENCES vendor_products (id) ON DELETE CASCADE
);
CREATE INDEX idx_vendor_price_history_vp ON vendor_product_price_history (vendor_product_id, effective_from);

-- product dependencies: "product_id depends on depends_on_product_id"
CREATE TABLE product_dependencies (
    id                    CHAR(36)    NOT NULL PRIMARY KEY,
    product_id            CHAR(36)    NOT NULL,
    depends_on_product_id CHAR(36)    NOT NULL,
    dependency_type       VARCHAR(50) NOT NULL DEFAULT 'required',
    description           TEXT,
    created_at            DATETIME    NOT NULL,
    updated_at            DATETIME    NOT NULL,
    CONSTRAINT uk_product_dependencies_pair UNIQUE (product_id, depends_on_product_id),
    CONSTRAINT fk_product_dependencies_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_dependencies_depends FOREIGN KEY (depends_on_product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT chk_product_dependencies_self CHECK (product_id <> depends_on_product_id),
    CONSTRAINT chk_product_dependencies_type CHECK (dependency_type IN ('required', 'recommended', 'optional'))
);
CREATE INDEX idx_product_dependencies_depends ON product_dependencies (depends_on_product_id);

-- the 19 dependencies of the original's data (by product code; a pair whose products are missing is skipped)

INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '82f2a57e-5928-529d-aa31-54dc0a1db37e', p.id, d.id, 'required', '工作签需要先完成公司注册', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C312' AND d.code = 'CPMA';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '3b82845a-22d2-52ad-8250-ed23a8d8a9b0', p.id, d.id, 'required', '工作签需要先完成公司注册', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C312' AND d.code = 'CPMDN';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'feb5983c-b764-547b-ab0e-9b0800188269', p.id, d.id, 'required', '工作签需要先完成公司注册', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C312_10day' AND d.code = 'CPMA';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'eda49bab-3298-5527-b7d1-e9743a7ff653', p.id, d.id, 'required', '工作签需要先完成公司注册', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C312_10day' AND d.code = 'CPMDN';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'e7ff1692-0a53-595e-9764-1d4587ca6fee', p.id, d.id, 'required', '投资签需要先完成公司注册-PMA', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C314' AND d.code = 'CPMA';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'b3395641-9bfb-5bd9-af9e-8f9ac0d848a3', p.id, d.id, 'required', '投资签需要先完成公司注册-PMA', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C314_5day' AND d.code = 'CPMA';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'b204103d-f9b4-5d15-9036-3f2514788bb8', p.id, d.id, 'required', '家属陪同签证需要先完成工作签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C317' AND d.code = 'C312';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'c80c8c5d-0c7e-542e-a312-7545116d3a86', p.id, d.id, 'required', '家属陪同签证需要先完成工作签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C317' AND d.code = 'C312_10day';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '076ac475-d1ed-50a8-b950-931d7c4131a3', p.id, d.id, 'required', '家属陪同签证需要先完成工作签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C317_imigration' AND d.code = 'C312';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '4e5cbdfd-47c2-5276-9362-f28c2bc98f8b', p.id, d.id, 'required', '家属陪同签证需要先完成工作签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C317_imigration' AND d.code = 'C312_10day';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '96e7a78b-1a72-55e3-8e00-1155236faf98', p.id, d.id, 'required', '公司变更需要先完成公司注册', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'CPMA_Update' AND d.code = 'CPMA';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'bfde8f0e-2fc1-527d-b997-8801810c66eb', p.id, d.id, 'required', '公司变更需要先完成公司注册', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'CPMA_Update' AND d.code = 'CPMDN';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '5363148f-5088-54f7-8cf3-61b86b57cc92', p.id, d.id, 'required', '公司变更需要先完成公司注册', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'CPMDN_Update' AND d.code = 'CPMA';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '889dafb8-a1e7-5d23-8418-3c6219355c8b', p.id, d.id, 'required', '公司变更需要先完成公司注册', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'CPMDN_Update' AND d.code = 'CPMDN';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'c8ef5888-259d-5f76-8b66-38033cea0242', p.id, d.id, 'recommended', '转签服务推荐先有商务签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C211ToKitas' AND d.code = 'C211';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '0d370601-02d7-5929-8f5b-988dead995c0', p.id, d.id, 'recommended', '转签服务推荐先有商务签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C211ToKitas' AND d.code = 'C211_1Day';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT 'b20ae6ac-b111-5239-98a0-df1d5e1caaa5', p.id, d.id, 'recommended', '转签服务推荐先有商务签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C211ToKitas' AND d.code = 'C211_extend';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '1d5446ad-e961-51c3-9589-bd2520f55c82', p.id, d.id, 'recommended', '转签服务推荐先有商务签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C211ToKitas' AND d.code = 'C212';
INSERT INTO product_dependencies (id, product_id, depends_on_product_id, dependency_type, description, created_at, updated_at) SELECT '851e8b88-a021-52b8-8f59-f763ad171a6d', p.id, d.id, 'recommended', '转签服务推荐先有商务签', '2025-01-01 00:00:00', '2025-01-01 00:00:00' FROM products p, products d WHERE p.code = 'C211ToKitas' AND d.code = 'C212_10Day';
