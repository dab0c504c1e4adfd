-- Lead pools: a lead names its pool through a real foreign key (deleting a pool leaves its leads in the public pool
-- without one).
ALTER TABLE leads ADD CONSTRAINT fk_leads_pool FOREIGN KEY (pool_id) REFERENCES lead_pools (id) ON DELETE SET NULL;
CREATE INDEX idx_lead_pools_org ON lead_pools (organization_id);

-- Processing-stage templates: when an order is assigned and has no stages yet, the active rows of template
-- 'default' become its stages (pending, assigned to the assignee), in stage_order.
CREATE TABLE order_stage_templates (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    template_code VARCHAR(100) NOT NULL,
    stage_code    VARCHAR(100) NOT NULL,
    stage_name    VARCHAR(255) NOT NULL,
    stage_order   INT          NOT NULL,
    is_active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME     NOT NULL,
    updated_at    DATETIME     NOT NULL,
    CONSTRAINT uk_order_stage_templates UNIQUE (template_code, stage_code),
    CONSTRAINT chk_order_stage_templates_order CHECK (stage_order > 0)
);

INSERT INTO order_stage_templates (id, template_code, stage_code, stage_name, stage_order, is_active, created_at,
                                   updated_at) VALUES
('5a1e0000-0000-4000-8000-000000000001', 'default', 'document_collection', '资料收集', 1, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('5a1e0000-0000-4000-8000-000000000002', 'default', 'application_submitted', '提交申请', 2, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('5a1e0000-0000-4000-8000-000000000003', 'default', 'processing', '办理中', 3, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('5a1e0000-0000-4000-8000-000000000004', 'default', 'delivery', '交付', 4, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- Notifications addressed to a role (an overdue approval for the candidate group ADMIN): one row here, copied into
-- each holder's own notifications the first time that user reads their notifications (within 30 days), so read
-- state stays per user. The unique key makes a concurrent second copy fail instead of duplicating.
CREATE TABLE role_notifications (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    recipient_role    VARCHAR(50)  NOT NULL,
    notification_type VARCHAR(50)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    content           TEXT,
    resource_type     VARCHAR(50),
    resource_id       CHAR(36),
    created_at        DATETIME     NOT NULL,
    updated_at        DATETIME     NOT NULL
);
CREATE INDEX idx_role_notifications_role ON role_notifications (recipient_role, created_at);
ALTER TABLE notifications ADD COLUMN role_notification_id CHAR(36);
ALTER TABLE notifications ADD CONSTRAINT uk_notifications_role_copy UNIQUE (role_notification_id, user_id);
