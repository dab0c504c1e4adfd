-- workflow-service's own tables (bantu_workflow). Flowable keeps runtime state and history in its ACT_* tables in the
-- same schema and migrates them itself; these tables add what the API needs beside them. Portable subset: MySQL 8,
-- MariaDB 10.11, H2 (regular mode: the engine's own H2 scripts need it, so TIMESTAMP(6) rather than DATETIME(6); MySQL
-- and MariaDB default to explicit timestamp defaults, so these columns never update themselves). Ids are UUID
-- strings generated in Java; timestamps are set by the application.

-- Names, type and active flag of each deployed process definition version (id = Flowable's process definition id;
-- is_active mirrors Flowable's suspension state, changed only through this service's API).
CREATE TABLE workflow_definitions (
    id                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    code                  VARCHAR(100) NOT NULL,
    version               INT          NOT NULL,
    name_zh               VARCHAR(255) NOT NULL,
    name_id               VARCHAR(255) NOT NULL,
    description_zh        TEXT,
    description_id        TEXT,
    workflow_type         VARCHAR(50),
    is_active             BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by            VARCHAR(36),
    updated_by            VARCHAR(36),
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_workflow_definitions_code_version UNIQUE (code, version)
);

-- One row per process instance, written in the transaction that starts it. running_key is 'R' while the instance
-- runs or is suspended and NULL once it ended, so the unique key allows one running instance per business object
-- (concurrent starts for one order meet on it) and any number of ended ones.
CREATE TABLE workflow_instances (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    definition_code       VARCHAR(100) NOT NULL,
    process_definition_id VARCHAR(64),
    process_instance_id   VARCHAR(64),
    business_type         VARCHAR(50)  NOT NULL,
    business_id           VARCHAR(64)  NOT NULL,
    running_key           CHAR(1),
    status                VARCHAR(20)  NOT NULL,
    result                VARCHAR(20),
    current_stage         VARCHAR(100),
    current_group         VARCHAR(50),
    current_assignee      VARCHAR(36),
    sales_user_id         VARCHAR(36),
    organization_id       VARCHAR(36),
    started_by            VARCHAR(36),
    started_at            TIMESTAMP(6)  NOT NULL,
    completed_at          TIMESTAMP(6),
    end_reason            TEXT,
    variables             TEXT,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_workflow_instances_running UNIQUE (definition_code, business_type, business_id, running_key)
);
CREATE INDEX idx_workflow_instances_business ON workflow_instances (business_type, business_id, started_at);
CREATE INDEX idx_workflow_instances_process ON workflow_instances (process_instance_id);
CREATE INDEX idx_workflow_instances_sales ON workflow_instances (sales_user_id);
CREATE INDEX idx_workflow_instances_status ON workflow_instances (status, started_at);

-- A review that stayed open past its due date: written by the boundary timer, announced as an event.
CREATE TABLE workflow_escalations (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    workflow_instance_id  CHAR(36)     NOT NULL,
    task_code             VARCHAR(100) NOT NULL,
    candidate_group       VARCHAR(50),
    business_type         VARCHAR(50),
    business_id           VARCHAR(64),
    created_at            TIMESTAMP(6)  NOT NULL
);
CREATE INDEX idx_workflow_escalations_instance ON workflow_escalations (workflow_instance_id);

-- Approval results waiting to be announced to business-service; see ApprovalEvents.
CREATE TABLE workflow_outcomes (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    workflow_instance_id  CHAR(36)     NOT NULL,
    type                  VARCHAR(100) NOT NULL,
    payload               TEXT         NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL
);
CREATE INDEX idx_workflow_outcomes_instance ON workflow_outcomes (workflow_instance_id);
