package com.bantu.business.order;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Who works on an order; the primary, not unassigned row is mirrored in {@code orders.assigned_to_user_id}. */
@Entity
@Table(name = "order_assignments")
public class OrderAssignment extends BaseEntity {

    String orderId;
    String assignedToUserId;
    String assignedByUserId;
    String assignmentType = "operation";
    boolean isPrimary = true;
    LocalDateTime assignedAt;
    LocalDateTime unassignedAt;
    String notes;
}
