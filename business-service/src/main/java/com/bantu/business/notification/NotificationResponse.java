package com.bantu.business.notification;

import java.time.LocalDateTime;

public record NotificationResponse(String id, String userId, String notificationType, String title,
                                   String content, String resourceType, String resourceId, boolean isRead,
                                   LocalDateTime readAt, LocalDateTime createdAt) {
    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.getId(), n.userId, n.notificationType, n.title, n.content,
                n.resourceType, n.resourceId, n.isRead, n.readAt, n.getCreatedAt());
    }
}
