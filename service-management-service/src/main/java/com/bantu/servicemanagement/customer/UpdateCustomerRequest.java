package com.bantu.servicemanagement.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/** Body of a partial update (PUT): every field is optional; a field that is absent or null is left unchanged. */
public record UpdateCustomerRequest(
        LocalDateTime changeLogAtSrc,
        @Size(min = 1, max = 255) String name,
        @Size(max = 100) String code,
        @Size(max = 50) String level,
        @Size(max = 255) String parentIdExternal,
        @Size(min = 36, max = 36) String parentCustomerId,
        @Size(max = 255) String parentName,
        @Size(max = 255) String industry,
        String description,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> tags,
        Boolean isLocked,
        LocalDateTime lastEnrichedAtSrc,
        @Size(max = 50) String enrichStatus,
        @Size(max = 255) String channelName,
        @Size(max = 255) String sourceName,
        String customerRequirements,
        @Size(min = 36, max = 36) String sourceId,
        @Size(min = 36, max = 36) String channelId,
        @Pattern(regexp = "^(own|agent)$", message = "must be one of own, agent") String customerSourceType,
        @Pattern(regexp = "^(individual|organization)$", message = "must be one of individual, organization") String customerType,
        @Size(min = 36, max = 36) String ownerUserId,
        @Size(min = 36, max = 36) String agentUserId,
        @Size(min = 36, max = 36) String agentId,
        Boolean isActive,
        Long version,
        @Size(min = 36, max = 36) String industryId) {
}
