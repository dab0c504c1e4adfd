package com.bantu.business.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

public final class NotificationDtos {

    private NotificationDtos() {
    }

    /** POST /internal/notifications (finance's collection tasks, other services). */
    public record NotificationRequest(
            @NotBlank @Size(min = 36, max = 36) String userId,
            @NotBlank @Size(max = 50) String notificationType,
            @NotBlank @Size(max = 255) String title,
            String content,
            @Size(max = 50) String resourceType,
            @Size(max = 36) String resourceId) {
    }

    public record NotificationResponse(String id, String userId, String notificationType, String title,
                                       String content, String resourceType, String resourceId, boolean isRead,
                                       LocalDateTime readAt, LocalDateTime createdAt) {
        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.getId(), n.userId, n.notificationType, n.title, n.content,
                    n.resourceType, n.resourceId, n.isRead, n.readAt, n.getCreatedAt());
        }
    }

    public record UnreadCount(long unreadCount) {
    }
}
