-- finance-service schema: its own copy of what it needs about an order, receivable plans (payment stages),
-- payments (idempotent on creator + Idempotency-Key), collection tasks, the event inbox and ShedLock.
-- Portable subset of MySQL 8 / MariaDB 10.11 / H2 (MySQL mode); ids are UUID strings made in Java.

-- What finance needs about a business-service order, filled from business events and its /internal API.
CREATE TABLE finance_orders (
    id              VARCHAR(36)   NOT NULL,
    order_number    VARCHAR(100),
    customer_id     VARCHAR(36),
    customer_name   VARCHAR(255),
    sales_user_id   VARCHAR(36),
    organization_id VARCHAR(36),
    currency_code   VARCHAR(10)   NOT NULL,
    final_amount    DECIMAL(18,2),
    exchange_rate   DECIMAL(18,6),
    status_code     VARCHAR(50),
    created_at      DATETIME      NOT NULL,
    updated_at      DATETIME      NOT NULL,
    CONSTRAINT pk_finance_orders PRIMARY KEY (id),
    CONSTRAINT chk_finance_orders_rate CHECK (exchange_rate IS NULL OR exchange_rate > 0)
);
CREATE INDEX idx_finance_orders_sales ON finance_orders (sales_user_id);
CREATE INDEX idx_finance_orders_customer ON finance_orders (customer_id);

CREATE TABLE payment_stages (
    id                    VARCHAR(36)   NOT NULL,
    order_id              VARCHAR(36)   NOT NULL,
    order_number          VARCHAR(100),
    service_record_id     VARCHAR(36),
    stage_number          INT           NOT NULL,
    stage_name            VARCHAR(255),
    stage_description     TEXT,
    amount                DECIMAL(18,2) NOT NULL,
    paid_amount           DECIMAL(18,2) NOT NULL DEFAULT 0,
    remaining_amount      DECIMAL(18,2) NOT NULL,
    currency_code         VARCHAR(10)   NOT NULL,
    payment_condition     TEXT,
    payment_trigger       VARCHAR(50),
    trigger_date          DATE,
    trigger_milestone     VARCHAR(255),
    due_date              DATE,
    expected_payment_date DATE,
    actual_payment_date   DATE,
    status                VARCHAR(50)   NOT NULL DEFAULT 'pending',
    payment_status        VARCHAR(50)   NOT NULL DEFAULT 'unpaid',
    finance_record_id     VARCHAR(255),
    finance_sync_status   VARCHAR(50)   NOT NULL DEFAULT 'pending',
    finance_sync_at       DATETIME,
    finance_sync_error    TEXT,
    invoice_number        VARCHAR(100),
    invoice_date          DATE,
    invoice_url           VARCHAR(500),
    notes                 TEXT,
    internal_notes        TEXT,
    cancel_reason         TEXT,
    cancelled_at          DATETIME,
    created_by            VARCHAR(36),
    updated_by            VARCHAR(36),
    created_at            DATETIME      NOT NULL,
    updated_at            DATETIME      NOT NULL,
    CONSTRAINT pk_payment_stages PRIMARY KEY (id),
    CONSTRAINT fk_payment_stages_order FOREIGN KEY (order_id) REFERENCES finance_orders (id),
    CONSTRAINT uq_payment_stages_number UNIQUE (order_id, stage_number),
    CONSTRAINT chk_payment_stages_amount_nonneg CHECK (amount >= 0 AND paid_amount >= 0),
    CONSTRAINT chk_payment_stages_stage_number CHECK (stage_number > 0),
    CONSTRAINT chk_payment_stages_status CHECK (status IN ('pending', 'partial', 'paid', 'overdue', 'cancelled')),
    CONSTRAINT chk_payment_stages_payment_status CHECK (payment_status IN ('unpaid', 'partial', 'paid', 'refunded')),
    CONSTRAINT chk_payment_stages_trigger
        CHECK (payment_trigger IN ('manual', 'milestone', 'date', 'completion') OR payment_trigger IS NULL),
    CONSTRAINT chk_payment_stages_sync CHECK (finance_sync_status IN ('pending', 'synced', 'failed'))
);
CREATE INDEX idx_payment_stages_status_due ON payment_stages (status, due_date);
CREATE INDEX idx_payment_stages_due ON payment_stages (due_date, currency_code);

CREATE TABLE payments (
    id                VARCHAR(36)   NOT NULL,
    order_id          VARCHAR(36)   NOT NULL,
    payment_stage_id  VARCHAR(36),
    payment_type      VARCHAR(50)   NOT NULL,
    amount            DECIMAL(18,2) NOT NULL,
    currency_code     VARCHAR(10)   NOT NULL,
    payment_method    VARCHAR(50),
    payment_date      DATE          NOT NULL,
    received_at       DATETIME,
    transaction_id    VARCHAR(255),
    bank_account      VARCHAR(255),
    payer_name        VARCHAR(255),
    payer_account     VARCHAR(255),
    status            VARCHAR(50)   NOT NULL DEFAULT 'pending',
    allow_overpayment BOOLEAN       NOT NULL DEFAULT FALSE,
    confirmed_by      VARCHAR(36),
    confirmed_at      DATETIME,
    cancelled_by      VARCHAR(36),
    cancelled_at      DATETIME,
    cancel_reason     TEXT,
    notes             TEXT,
    idempotency_key   VARCHAR(255)  NOT NULL,
    request_hash      VARCHAR(64)   NOT NULL,
    created_by        VARCHAR(36)   NOT NULL,
    created_at        DATETIME      NOT NULL,
    updated_at        DATETIME      NOT NULL,
    CONSTRAINT pk_payments PRIMARY KEY (id),
    CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES finance_orders (id),
    CONSTRAINT fk_payments_stage FOREIGN KEY (payment_stage_id) REFERENCES payment_stages (id) ON DELETE SET NULL,
    -- F4: one payment per creator and key; concurrent inserts of the same key are settled by this index
    CONSTRAINT uq_payments_idempotency UNIQUE (created_by, idempotency_key),
    CONSTRAINT uq_payments_transaction UNIQUE (transaction_id),
    CONSTRAINT chk_payments_amount CHECK (amount > 0),
    CONSTRAINT chk_payments_type CHECK (payment_type IN ('receipt', 'refund')),
    CONSTRAINT chk_payments_status CHECK (status IN ('pending', 'confirmed', 'cancelled'))
);
CREATE INDEX idx_payments_order ON payments (order_id);
CREATE INDEX idx_payments_stage ON payments (payment_stage_id, status);
-- covering index for the received-money reports (confirmed payments by date and currency)
CREATE INDEX idx_payments_report ON payments (status, payment_date, currency_code, payment_type, amount, order_id);

CREATE TABLE collection_tasks (
    id                  VARCHAR(36)  NOT NULL,
    order_id            VARCHAR(36)  NOT NULL,
    payment_stage_id    VARCHAR(36),
    task_type           VARCHAR(50)  NOT NULL,
    status              VARCHAR(50)  NOT NULL DEFAULT 'pending',
    due_date            DATE,
    reminder_count      INT          NOT NULL DEFAULT 0,
    last_reminded_at    DATETIME,
    notes               TEXT,
    assigned_to_user_id VARCHAR(36),
    -- set on tasks made by the daily job: "<stage id>:<due date>", so a stage gets one auto task per due date
    -- however many replicas or runs race for it
    auto_key            VARCHAR(80),
    completed_by        VARCHAR(36),
    completed_at        DATETIME,
    cancel_reason       TEXT,
    cancelled_at        DATETIME,
    created_by          VARCHAR(36),
    created_at          DATETIME     NOT NULL,
    updated_at          DATETIME     NOT NULL,
    CONSTRAINT pk_collection_tasks PRIMARY KEY (id),
    CONSTRAINT fk_collection_tasks_order FOREIGN KEY (order_id) REFERENCES finance_orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_collection_tasks_stage FOREIGN KEY (payment_stage_id) REFERENCES payment_stages (id)
        ON DELETE SET NULL,
    CONSTRAINT uq_collection_tasks_auto UNIQUE (auto_key),
    CONSTRAINT chk_collection_tasks_type CHECK (task_type IN ('auto', 'manual')),
    CONSTRAINT chk_collection_tasks_status CHECK (status IN ('pending', 'in_progress', 'completed', 'cancelled')),
    CONSTRAINT chk_collection_tasks_reminders CHECK (reminder_count >= 0)
);
CREATE INDEX idx_collection_tasks_order ON collection_tasks (order_id);
CREATE INDEX idx_collection_tasks_assignee ON collection_tasks (assigned_to_user_id, status);
CREATE INDEX idx_collection_tasks_stage ON collection_tasks (payment_stage_id, status);

-- Events received from other services, applied once each (the id is recorded in the applying transaction).
CREATE TABLE processed_events (
    id          VARCHAR(64)  NOT NULL,
    type        VARCHAR(100),
    received_at TIMESTAMP(6),
    CONSTRAINT pk_processed_events PRIMARY KEY (id)
);

-- ShedLock: one replica runs the daily collection job.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
