package com.bantu.business.notification;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A message for every holder of one role; each holder gets a personal copy when they next read notifications. */
@Entity
@Table(name = "role_notifications")
public class RoleNotification extends BaseEntity {

    String recipientRole;
    String notificationType;
    String title;
    String content;
    String resourceType;
    String resourceId;
}
