-- foundation-service schema (bantu_foundation). Portable subset: MySQL 8, MariaDB 10.11, H2 (MySQL mode).
-- Ids are UUID strings generated in Java; timestamps are set by the application; JSON arrays are stored as TEXT.

CREATE TABLE roles (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    code        VARCHAR(50)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    description TEXT,
    permissions TEXT,
    created_at  DATETIME     NOT NULL,
    updated_at  DATETIME     NOT NULL,
    CONSTRAINT uk_roles_code UNIQUE (code)
);

CREATE TABLE users (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    username            VARCHAR(255) NOT NULL,
    email               VARCHAR(255),
    phone               VARCHAR(50),
    display_name        VARCHAR(255),
    password_hash       VARCHAR(255),
    avatar_url          VARCHAR(500),
    bio                 TEXT,
    gender              VARCHAR(10),
    address             TEXT,
    contact_phone       VARCHAR(50),
    whatsapp            VARCHAR(50),
    wechat              VARCHAR(100),
    is_active           BOOLEAN      NOT NULL DEFAULT TRUE,
    last_login_at       DATETIME,
    failed_login_count  INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME,
    password_changed_at DATETIME,
    deleted_at          DATETIME,
    created_at          DATETIME     NOT NULL,
    updated_at          DATETIME     NOT NULL,
    CONSTRAINT uk_users_username UNIQUE (username),
    CONSTRAINT uk_users_email UNIQUE (email)
);

CREATE TABLE organizations (
    id                          CHAR(36)     NOT NULL PRIMARY KEY,
    name                        VARCHAR(500) NOT NULL,
    code                        VARCHAR(255),
    external_id                 VARCHAR(255),
    organization_type           VARCHAR(50)  NOT NULL,
    parent_id                   CHAR(36),
    email                       VARCHAR(255),
    phone                       VARCHAR(50),
    website                     VARCHAR(255),
    logo_url                    VARCHAR(500),
    description                 TEXT,
    street                      TEXT,
    city                        VARCHAR(100),
    state_province              VARCHAR(100),
    postal_code                 VARCHAR(20),
    country_region              VARCHAR(100),
    country                     VARCHAR(100),
    country_code                VARCHAR(10),
    company_size                VARCHAR(50),
    company_nature              VARCHAR(50),
    company_type                VARCHAR(50),
    industry                    VARCHAR(100),
    industry_code               VARCHAR(50),
    sub_industry                VARCHAR(100),
    business_scope              TEXT,
    registration_number         VARCHAR(100),
    tax_id                      VARCHAR(100),
    legal_representative        VARCHAR(255),
    established_date            DATE,
    registered_capital          DECIMAL(18, 2),
    registered_capital_currency VARCHAR(10),
    company_status              VARCHAR(50),
    annual_revenue              DECIMAL(18, 2),
    annual_revenue_currency     VARCHAR(10),
    employee_count              INT,
    revenue_year                INT,
    certifications              TEXT,
    business_license_url        VARCHAR(500),
    tax_certificate_url         VARCHAR(500),
    is_active                   BOOLEAN      NOT NULL DEFAULT TRUE,
    is_locked                   BOOLEAN      NOT NULL DEFAULT FALSE,
    is_verified                 BOOLEAN      NOT NULL DEFAULT FALSE,
    verified_at                 DATETIME,
    verified_by                 CHAR(36),
    owner_id_external           VARCHAR(255),
    owner_name                  VARCHAR(255),
    created_by_external         VARCHAR(255),
    created_by_name             VARCHAR(255),
    updated_by_external         VARCHAR(255),
    updated_by_name             VARCHAR(255),
    created_at_src              DATETIME,
    updated_at_src              DATETIME,
    last_action_at_src          DATETIME,
    linked_module               VARCHAR(100),
    linked_id_external          VARCHAR(255),
    tags                        TEXT,
    do_not_email                BOOLEAN,
    unsubscribe_method          VARCHAR(50),
    unsubscribe_date_src        TEXT,
    deleted_at                  DATETIME,
    created_at                  DATETIME     NOT NULL,
    updated_at                  DATETIME     NOT NULL,
    CONSTRAINT uk_organizations_code UNIQUE (code),
    CONSTRAINT uk_organizations_external_id UNIQUE (external_id),
    CONSTRAINT fk_organizations_parent FOREIGN KEY (parent_id) REFERENCES organizations (id) ON DELETE SET NULL
);
CREATE INDEX ix_organizations_parent ON organizations (parent_id);
CREATE INDEX ix_organizations_type_code ON organizations (organization_type, code);

CREATE TABLE vendor_extensions (
    organization_id CHAR(36) NOT NULL PRIMARY KEY,
    account_group   VARCHAR(255),
    category_name   VARCHAR(255),
    created_at      DATETIME NOT NULL,
    updated_at      DATETIME NOT NULL,
    CONSTRAINT fk_vendor_ext_org FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE agent_extensions (
    organization_id CHAR(36) NOT NULL PRIMARY KEY,
    account_group   VARCHAR(255),
    category_name   VARCHAR(255),
    created_at      DATETIME NOT NULL,
    updated_at      DATETIME NOT NULL,
    CONSTRAINT fk_agent_ext_org FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE user_roles (
    user_id CHAR(36) NOT NULL,
    role_id CHAR(36) NOT NULL,
    PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_roles_role FOREIGN KEY (role_id) REFERENCES roles (id)
);
CREATE INDEX ix_user_roles_role ON user_roles (role_id);

CREATE TABLE organization_employees (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    user_id           CHAR(36)     NOT NULL,
    organization_id   CHAR(36)     NOT NULL,
    first_name        VARCHAR(255),
    last_name         VARCHAR(255),
    full_name         VARCHAR(510),
    email             VARCHAR(255),
    phone             VARCHAR(50),
    position          VARCHAR(255),
    department        VARCHAR(255),
    employee_number   VARCHAR(100),
    is_primary        BOOLEAN      NOT NULL DEFAULT FALSE,
    is_manager        BOOLEAN      NOT NULL DEFAULT FALSE,
    is_decision_maker BOOLEAN      NOT NULL DEFAULT FALSE,
    is_active         BOOLEAN      NOT NULL DEFAULT TRUE,
    joined_at         DATE,
    left_at           DATE,
    id_external       VARCHAR(255),
    external_user_id  VARCHAR(255),
    notes             TEXT,
    created_by        CHAR(36),
    updated_by        CHAR(36),
    created_at        DATETIME     NOT NULL,
    updated_at        DATETIME     NOT NULL,
    CONSTRAINT fk_employees_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_employees_org FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);
CREATE INDEX ix_employees_user ON organization_employees (user_id, is_primary, is_active);
CREATE INDEX ix_employees_org ON organization_employees (organization_id, is_active);
