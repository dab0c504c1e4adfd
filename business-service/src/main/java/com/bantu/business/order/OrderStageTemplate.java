package com.bantu.business.order;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One stage of a processing-stage template (copied into an assigned order that has no stages yet). */
@Entity
@Table(name = "order_stage_templates")
public class OrderStageTemplate extends BaseEntity {

    String templateCode;
    String stageCode;
    String stageName;
    int stageOrder;
    boolean isActive = true;
}
