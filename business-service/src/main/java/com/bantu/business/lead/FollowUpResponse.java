package com.bantu.business.lead;

import java.time.LocalDateTime;

public record FollowUpResponse(String id, String leadId, String followUpType, String content,
                               LocalDateTime followUpDate, String statusBefore, String statusAfter,
                               String createdBy, String createdByName, LocalDateTime createdAt) {
}
