package com.bantu.servicemanagement.customer;

import com.bantu.servicemanagement.support.ImportProvenance;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDateTime;
import java.util.List;

public record CustomerResponse(
        String id,
        @JsonUnwrapped ImportProvenance provenance,
        LocalDateTime changeLogAtSrc,
        String name,
        String code,
        String level,
        String parentIdExternal,
        String parentCustomerId,
        String industry,
        String description,
        List<String> tags,
        boolean isLocked,
        LocalDateTime lastEnrichedAtSrc,
        String enrichStatus,
        String customerRequirements,
        String sourceId,
        String channelId,
        String customerSourceType,
        String customerType,
        String ownerUserId,
        String agentUserId,
        String agentId,
        String parentName,
        String sourceName,
        String channelName,
        String ownerUserName,
        String agentUserName,
        String agentName,
        boolean isActive,
        LocalDateTime deletedAt,
        Long version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        String industryId,
        String industryNameZh,
        String industryNameId,
        String levelNameZh,
        String levelNameId,
        LocalDateTime lastFollowUpAt,
        LocalDateTime nextFollowUpAt) {
}
