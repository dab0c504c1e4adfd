package com.bantu.servicemanagement.followup;

import java.time.LocalDateTime;

public record FollowUpResponse(
        String id,
        String customerId,
        String serviceRecordId,
        String followUpType,
        String content,
        String authorId,
        String authorName,
        LocalDateTime followedUpAt,
        LocalDateTime nextFollowUpAt,
        LocalDateTime createdAt,
        LocalDateTime followUpDate,
        String createdBy,
        String createdByName,
        String statusBefore,
        String statusAfter,
        LocalDateTime updatedAt) {
}
