package com.bantu.business.notification;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A message for one user (order assigned, lead assigned, collection task from finance…). */
@Entity
@Table(name = "notifications")
public class Notification extends BaseEntity {

    String userId;
    String notificationType;
    String title;
    String content;
    String resourceType;
    String resourceId;
    boolean isRead;
    LocalDateTime readAt;
}
