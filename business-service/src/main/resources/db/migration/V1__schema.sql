-- business-service schema (bantu_business). Portable subset: MySQL 8, MariaDB 10.11, H2 (MySQL mode). Ids are UUID
-- strings generated in Java; timestamps are set by the application; money is DECIMAL(18,2) with a currency code.
-- References to other services' records (customers, products, users, organizations) are plain id columns.

CREATE TABLE order_statuses (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    code          VARCHAR(50)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    name_id       VARCHAR(255),
    description   TEXT,
    display_order INT,
    is_active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME     NOT NULL,
    updated_at    DATETIME     NOT NULL,
    CONSTRAINT uk_order_statuses_code UNIQUE (code)
);

CREATE TABLE orders (
    id                       CHAR(36)       NOT NULL PRIMARY KEY,
    order_number             VARCHAR(100)   NOT NULL,
    title                    VARCHAR(255)   NOT NULL,
    customer_id              CHAR(36)       NOT NULL,
    customer_name            VARCHAR(255),
    service_record_id        CHAR(36),
    opportunity_id           CHAR(36),
    workflow_instance_id     CHAR(36),
    sales_user_id            CHAR(36)       NOT NULL,
    sales_username           VARCHAR(255),
    assigned_to_user_id      CHAR(36),
    organization_id          CHAR(36),
    entry_city               VARCHAR(255),
    passport_id              VARCHAR(100),
    processor                VARCHAR(255),
    total_amount             DECIMAL(18,2),
    discount_amount          DECIMAL(18,2)  NOT NULL DEFAULT 0,
    final_amount             DECIMAL(18,2),
    currency_code            VARCHAR(10)    NOT NULL DEFAULT 'CNY',
    exchange_rate            DECIMAL(18,6),
    status_code              VARCHAR(50)    NOT NULL,
    expected_start_date      DATE,
    expected_completion_date DATE,
    actual_start_date        DATE,
    actual_completion_date   DATE,
    customer_notes           TEXT,
    internal_notes           TEXT,
    requirements             TEXT,
    version                  BIGINT         NOT NULL DEFAULT 0,
    created_by               CHAR(36),
    updated_by               CHAR(36),
    created_at               DATETIME       NOT NULL,
    updated_at               DATETIME       NOT NULL,
    CONSTRAINT uk_orders_order_number UNIQUE (order_number),
    CONSTRAINT uk_orders_opportunity UNIQUE (opportunity_id),
    CONSTRAINT chk_orders_amounts CHECK (COALESCE(total_amount, 0) >= 0 AND discount_amount >= 0
        AND COALESCE(final_amount, 0) >= 0)
);
CREATE INDEX idx_orders_created ON orders (created_at, id);
CREATE INDEX idx_orders_status_created ON orders (status_code, created_at);
CREATE INDEX idx_orders_customer ON orders (customer_id);
CREATE INDEX idx_orders_sales ON orders (sales_user_id, created_at);
CREATE INDEX idx_orders_assigned ON orders (assigned_to_user_id, created_at);
CREATE INDEX idx_orders_created_by ON orders (created_by);

CREATE TABLE order_items (
    id                       CHAR(36)       NOT NULL PRIMARY KEY,
    order_id                 CHAR(36)       NOT NULL,
    item_number              INT            NOT NULL,
    product_id               CHAR(36),
    product_name_zh          VARCHAR(255),
    product_name_id          VARCHAR(255),
    product_code             VARCHAR(100),
    service_type_id          CHAR(36),
    service_type_name_zh     VARCHAR(255),
    service_type_name_id     VARCHAR(255),
    quantity                 INT            NOT NULL DEFAULT 1,
    unit                     VARCHAR(50),
    unit_price               DECIMAL(18,2),
    discount_amount          DECIMAL(18,2)  NOT NULL DEFAULT 0,
    item_amount              DECIMAL(18,2),
    currency_code            VARCHAR(10)    NOT NULL DEFAULT 'CNY',
    description_zh           TEXT,
    description_id           TEXT,
    requirements             TEXT,
    expected_start_date      DATE,
    expected_completion_date DATE,
    status                   VARCHAR(50)    NOT NULL DEFAULT 'pending',
    created_by               CHAR(36),
    updated_by               CHAR(36),
    created_at               DATETIME       NOT NULL,
    updated_at               DATETIME       NOT NULL,
    CONSTRAINT uk_order_items_number UNIQUE (order_id, item_number),
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT chk_order_items_amounts CHECK (quantity >= 1 AND COALESCE(unit_price, 0) >= 0
        AND discount_amount >= 0 AND COALESCE(item_amount, 0) >= 0)
);

CREATE TABLE order_assignments (
    id                  CHAR(36)    NOT NULL PRIMARY KEY,
    order_id            CHAR(36)    NOT NULL,
    assigned_to_user_id CHAR(36)    NOT NULL,
    assigned_by_user_id CHAR(36),
    assignment_type     VARCHAR(50) NOT NULL DEFAULT 'operation',
    is_primary          BOOLEAN     NOT NULL DEFAULT TRUE,
    assigned_at         DATETIME    NOT NULL,
    unassigned_at       DATETIME,
    notes               TEXT,
    created_at          DATETIME    NOT NULL,
    updated_at          DATETIME    NOT NULL,
    CONSTRAINT fk_order_assignments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
);
CREATE INDEX idx_order_assignments_order ON order_assignments (order_id, assigned_at);

CREATE TABLE order_stages (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    order_id            CHAR(36)     NOT NULL,
    stage_name          VARCHAR(255) NOT NULL,
    stage_code          VARCHAR(100),
    stage_order         INT          NOT NULL,
    status              VARCHAR(50)  NOT NULL DEFAULT 'pending',
    started_at          DATETIME,
    completed_at        DATETIME,
    progress_percent    INT          NOT NULL DEFAULT 0,
    notes               TEXT,
    assigned_to_user_id CHAR(36),
    created_by          CHAR(36),
    updated_by          CHAR(36),
    created_at          DATETIME     NOT NULL,
    updated_at          DATETIME     NOT NULL,
    CONSTRAINT fk_order_stages_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT chk_order_stages_progress CHECK (progress_percent >= 0 AND progress_percent <= 100)
);

CREATE TABLE order_comments (
    id                    CHAR(36)    NOT NULL PRIMARY KEY,
    order_id              CHAR(36)    NOT NULL,
    order_stage_id        CHAR(36),
    comment_type          VARCHAR(50) NOT NULL DEFAULT 'general',
    content_zh            TEXT,
    content_id            TEXT,
    is_internal           BOOLEAN     NOT NULL DEFAULT FALSE,
    is_pinned             BOOLEAN     NOT NULL DEFAULT FALSE,
    replied_to_comment_id CHAR(36),
    created_by            CHAR(36),
    created_at            DATETIME    NOT NULL,
    updated_at            DATETIME    NOT NULL,
    CONSTRAINT fk_order_comments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_comments_parent FOREIGN KEY (replied_to_comment_id) REFERENCES order_comments (id)
        ON DELETE SET NULL
);
CREATE INDEX idx_order_comments_order ON order_comments (order_id, is_pinned, created_at);

CREATE TABLE order_files (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    order_id       CHAR(36)     NOT NULL,
    order_item_id  CHAR(36),
    order_stage_id CHAR(36),
    file_category  VARCHAR(100),
    file_name      VARCHAR(255) NOT NULL,
    file_name_zh   VARCHAR(255),
    file_name_id   VARCHAR(255),
    file_type      VARCHAR(50),
    storage_key    VARCHAR(255) NOT NULL,
    file_size      BIGINT       NOT NULL,
    mime_type      VARCHAR(100),
    sha256         CHAR(64)     NOT NULL,
    description_zh TEXT,
    description_id TEXT,
    is_required    BOOLEAN      NOT NULL DEFAULT FALSE,
    is_verified    BOOLEAN      NOT NULL DEFAULT FALSE,
    verified_by    CHAR(36),
    verified_at    DATETIME,
    uploaded_by    CHAR(36),
    created_at     DATETIME     NOT NULL,
    updated_at     DATETIME     NOT NULL,
    CONSTRAINT fk_order_files_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT chk_order_files_size CHECK (file_size >= 0)
);
CREATE INDEX idx_order_files_order ON order_files (order_id, created_at);

-- finance-service's "payment confirmed" facts for an order, received as events; deleting or cancelling an order
-- with a confirmed payment is refused on these.
CREATE TABLE order_payment_facts (
    order_id        CHAR(36)      NOT NULL PRIMARY KEY,
    confirmed_count INT           NOT NULL DEFAULT 0,
    paid_total      DECIMAL(18,2) NOT NULL DEFAULT 0,
    updated_at      DATETIME      NOT NULL
);

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

CREATE TABLE follow_up_statuses (
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
    CONSTRAINT uk_follow_up_statuses_code UNIQUE (code)
);

CREATE TABLE lead_pools (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    organization_id CHAR(36),
    description     TEXT,
    is_active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME     NOT NULL,
    updated_at      DATETIME     NOT NULL
);

CREATE TABLE leads (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    name              VARCHAR(255) NOT NULL,
    company_name      VARCHAR(255),
    contact_name      VARCHAR(255),
    phone             VARCHAR(50),
    phone_digits      VARCHAR(50),
    email             VARCHAR(255),
    address           TEXT,
    customer_id       CHAR(36),
    organization_id   CHAR(36),
    owner_user_id     CHAR(36),
    status            VARCHAR(50)  NOT NULL DEFAULT 'new',
    level             VARCHAR(50),
    is_in_public_pool BOOLEAN      NOT NULL DEFAULT FALSE,
    pool_id           CHAR(36),
    moved_to_pool_at  DATETIME,
    last_follow_up_at DATETIME,
    next_follow_up_at DATETIME,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_by        CHAR(36),
    updated_by        CHAR(36),
    created_at        DATETIME     NOT NULL,
    updated_at        DATETIME     NOT NULL,
    CONSTRAINT chk_leads_status CHECK (status IN ('new', 'contacted', 'qualified', 'converted', 'lost'))
);
CREATE INDEX idx_leads_owner ON leads (owner_user_id, created_at);
CREATE INDEX idx_leads_pool ON leads (is_in_public_pool, organization_id);
CREATE INDEX idx_leads_company ON leads (company_name);
CREATE INDEX idx_leads_phone ON leads (phone_digits);
CREATE INDEX idx_leads_email ON leads (email);
CREATE INDEX idx_leads_created ON leads (created_at);

CREATE TABLE lead_follow_ups (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    lead_id        CHAR(36)    NOT NULL,
    follow_up_type VARCHAR(50) NOT NULL,
    content        TEXT,
    follow_up_date DATETIME    NOT NULL,
    status_before  VARCHAR(50),
    status_after   VARCHAR(50),
    created_by     CHAR(36),
    created_at     DATETIME    NOT NULL,
    updated_at     DATETIME    NOT NULL,
    CONSTRAINT fk_lead_follow_ups_lead FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE
);
CREATE INDEX idx_lead_follow_ups_lead ON lead_follow_ups (lead_id, created_at);

CREATE TABLE lead_notes (
    id           CHAR(36)    NOT NULL PRIMARY KEY,
    lead_id      CHAR(36)    NOT NULL,
    note_type    VARCHAR(50) NOT NULL,
    content      TEXT        NOT NULL,
    is_important BOOLEAN     NOT NULL DEFAULT FALSE,
    created_by   CHAR(36),
    created_at   DATETIME    NOT NULL,
    updated_at   DATETIME    NOT NULL,
    CONSTRAINT fk_lead_notes_lead FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE
);
CREATE INDEX idx_lead_notes_lead ON lead_notes (lead_id, created_at);

-- One row per lead that is being or was converted into a customer: committed before service-management is called,
-- so a second request sees the conversion in progress, and a retry after a failure reuses the idempotency key.
CREATE TABLE lead_conversions (
    lead_id         CHAR(36)    NOT NULL PRIMARY KEY,
    idempotency_key CHAR(36)    NOT NULL,
    status          VARCHAR(20) NOT NULL,
    customer_id     CHAR(36),
    started_at      DATETIME    NOT NULL,
    finished_at     DATETIME,
    CONSTRAINT uk_lead_conversions_key UNIQUE (idempotency_key)
);

CREATE TABLE opportunities (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    customer_id         CHAR(36)      NOT NULL,
    customer_name       VARCHAR(255),
    lead_id             CHAR(36),
    name                VARCHAR(255)  NOT NULL,
    amount              DECIMAL(18,2),
    currency_code       VARCHAR(10)   NOT NULL DEFAULT 'CNY',
    probability         INT,
    stage               VARCHAR(50)   NOT NULL DEFAULT 'initial_contact',
    stage_position      INT,
    status              VARCHAR(50)   NOT NULL DEFAULT 'active',
    owner_user_id       CHAR(36),
    organization_id     CHAR(36),
    expected_close_date DATE,
    actual_close_date   DATE,
    description         TEXT,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_by          CHAR(36),
    updated_by          CHAR(36),
    created_at          DATETIME      NOT NULL,
    updated_at          DATETIME      NOT NULL,
    CONSTRAINT chk_opportunities_stage CHECK (stage IN ('initial_contact', 'needs_analysis', 'proposal',
        'negotiation', 'closed_won', 'closed_lost')),
    CONSTRAINT chk_opportunities_status CHECK (status IN ('active', 'won', 'lost', 'cancelled')),
    CONSTRAINT chk_opportunities_probability CHECK (probability IS NULL OR (probability >= 0 AND probability <= 100))
);
CREATE INDEX idx_opportunities_owner ON opportunities (owner_user_id, created_at);
CREATE INDEX idx_opportunities_customer ON opportunities (customer_id);
CREATE INDEX idx_opportunities_created ON opportunities (created_at);

CREATE TABLE opportunity_products (
    id                       CHAR(36)      NOT NULL PRIMARY KEY,
    opportunity_id           CHAR(36)      NOT NULL,
    product_id               CHAR(36)      NOT NULL,
    product_name             VARCHAR(255),
    product_code             VARCHAR(100),
    quantity                 INT           NOT NULL DEFAULT 1,
    unit_price               DECIMAL(18,2),
    total_amount             DECIMAL(18,2),
    execution_order          INT           NOT NULL DEFAULT 1,
    status                   VARCHAR(50)   NOT NULL DEFAULT 'pending',
    start_date               DATE,
    expected_completion_date DATE,
    actual_completion_date   DATE,
    notes                    TEXT,
    created_at               DATETIME      NOT NULL,
    updated_at               DATETIME      NOT NULL,
    CONSTRAINT uk_opportunity_products UNIQUE (opportunity_id, product_id),
    CONSTRAINT fk_opportunity_products_opp FOREIGN KEY (opportunity_id) REFERENCES opportunities (id)
        ON DELETE CASCADE,
    CONSTRAINT chk_opportunity_products CHECK (quantity > 0 AND execution_order > 0)
);

CREATE TABLE opportunity_payment_stages (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    opportunity_id  CHAR(36)      NOT NULL,
    stage_number    INT           NOT NULL,
    stage_name      VARCHAR(255)  NOT NULL,
    amount          DECIMAL(18,2) NOT NULL,
    due_date        DATE,
    payment_trigger VARCHAR(50)   NOT NULL DEFAULT 'manual',
    status          VARCHAR(50)   NOT NULL DEFAULT 'pending',
    created_at      DATETIME      NOT NULL,
    updated_at      DATETIME      NOT NULL,
    CONSTRAINT uk_opportunity_payment_stages UNIQUE (opportunity_id, stage_number),
    CONSTRAINT fk_opportunity_payment_stages_opp FOREIGN KEY (opportunity_id) REFERENCES opportunities (id)
        ON DELETE CASCADE,
    CONSTRAINT chk_opportunity_payment_stages CHECK (stage_number > 0 AND amount >= 0)
);

CREATE TABLE opportunity_follow_ups (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    opportunity_id CHAR(36)    NOT NULL,
    follow_up_type VARCHAR(50) NOT NULL,
    content        TEXT,
    follow_up_date DATETIME    NOT NULL,
    created_by     CHAR(36),
    created_at     DATETIME    NOT NULL,
    updated_at     DATETIME    NOT NULL,
    CONSTRAINT fk_opportunity_follow_ups_opp FOREIGN KEY (opportunity_id) REFERENCES opportunities (id)
        ON DELETE CASCADE
);

CREATE TABLE opportunity_notes (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    opportunity_id CHAR(36)    NOT NULL,
    note_type      VARCHAR(50) NOT NULL,
    content        TEXT        NOT NULL,
    is_important   BOOLEAN     NOT NULL DEFAULT FALSE,
    created_by     CHAR(36),
    created_at     DATETIME    NOT NULL,
    updated_at     DATETIME    NOT NULL,
    CONSTRAINT fk_opportunity_notes_opp FOREIGN KEY (opportunity_id) REFERENCES opportunities (id)
        ON DELETE CASCADE
);

CREATE TABLE notifications (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    user_id           CHAR(36)     NOT NULL,
    notification_type VARCHAR(50)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    content           TEXT,
    resource_type     VARCHAR(50),
    resource_id       CHAR(36),
    is_read           BOOLEAN      NOT NULL DEFAULT FALSE,
    read_at           DATETIME,
    created_at        DATETIME     NOT NULL,
    updated_at        DATETIME     NOT NULL
);
CREATE INDEX idx_notifications_user ON notifications (user_id, is_read, created_at);
