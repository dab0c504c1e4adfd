package com.bantu.business.order;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A service type's processing-stage template: orders of that service type get its stages when assigned. */
@Entity
@Table(name = "order_stage_template_bindings")
public class OrderStageTemplateBinding extends BaseEntity {

    String serviceTypeId;
    String templateCode;
}
