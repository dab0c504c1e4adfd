package com.bantu.business.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /internal/notifications (finance's collection tasks, other services). */
public record NotificationRequest(
        @NotBlank @Size(min = 36, max = 36) String userId,
        @NotBlank @Size(max = 50) String notificationType,
        @NotBlank @Size(max = 255) String title,
        String content,
        @Size(max = 50) String resourceType,
        @Size(max = 36) String resourceId) {
}
