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
    /** The role notification this row copies, or null for a personal one. */
    String roleNotificationId;

    /** {@code userId}'s own copy of a role notification, dated when the role notification was written. */
    static Notification copyOf(RoleNotification r, String userId) {
        Notification n = new Notification();
        n.userId = userId;
        n.roleNotificationId = r.getId();
        n.notificationType = r.notificationType;
        n.title = r.title;
        n.content = r.content;
        n.resourceType = r.resourceType;
        n.resourceId = r.resourceId;
        n.createdAt = r.getCreatedAt();
        return n;
    }
}
