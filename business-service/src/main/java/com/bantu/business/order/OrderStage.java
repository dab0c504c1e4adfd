package com.bantu.business.order;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A processing step of an assigned order (e.g. documents collected, visa submitted). */
@Entity
@Table(name = "order_stages")
public class OrderStage extends BaseEntity {

    String orderId;
    String stageName;
    String stageCode;
    int stageOrder;
    String status = "pending";
    LocalDateTime startedAt;
    LocalDateTime completedAt;
    int progressPercent;
    String notes;
    String assignedToUserId;
    String createdBy;
    String updatedBy;
}
