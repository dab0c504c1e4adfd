package com.bantu.business.opportunity;

import java.time.LocalDateTime;

public record FollowUpResponse(String id, String opportunityId, String followUpType, String content,
                               LocalDateTime followUpDate, String createdBy, String createdByName,
                               LocalDateTime createdAt) {
}
