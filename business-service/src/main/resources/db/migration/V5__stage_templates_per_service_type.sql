-- Processing-stage templates per service type: a service type (service-management's id, a plain column) names the
-- template whose stages an order of that service type gets when it is assigned without stages; a service type names
-- at most one template, a template may serve several service types. Orders whose service types name no template get
-- template 'default'.
CREATE TABLE order_stage_template_bindings (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    service_type_id CHAR(36)     NOT NULL,
    template_code   VARCHAR(100) NOT NULL,
    created_at      DATETIME     NOT NULL,
    updated_at      DATETIME     NOT NULL,
    CONSTRAINT uk_order_stage_template_bindings UNIQUE (service_type_id)
);
CREATE INDEX idx_order_stage_template_bindings_code ON order_stage_template_bindings (template_code);
