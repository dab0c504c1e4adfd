package com.bantu.servicemanagement.customer;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

public final class CustomerDtos {

    private CustomerDtos() {
    }

    /** Create and partial update body (a null field is left unchanged on update). */
    public record CustomerRequest(
        @Size(max = 255) String idExternal,
        @Size(max = 255) String ownerIdExternal,
        @Size(max = 255) String ownerName,
        @Size(max = 255) String createdByExternal,
        @Size(max = 255) String createdByName,
        @Size(max = 255) String updatedByExternal,
        @Size(max = 255) String updatedByName,
        LocalDateTime createdAtSrc,
        LocalDateTime updatedAtSrc,
        LocalDateTime lastActionAtSrc,
        LocalDateTime changeLogAtSrc,
        @Size(max = 100) String linkedModule,
        @Size(max = 255) String linkedIdExternal,
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String name,
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
        Long version) {
    }

    /** Copies every non-null field of the request onto the entity (create and partial update). */
    static void apply(CustomerRequest r, Customer e) {
        if (r.idExternal() != null) {
            e.idExternal = r.idExternal().trim();
        }
        if (r.ownerIdExternal() != null) {
            e.ownerIdExternal = r.ownerIdExternal().trim();
        }
        if (r.ownerName() != null) {
            e.ownerName = r.ownerName().trim();
        }
        if (r.createdByExternal() != null) {
            e.createdByExternal = r.createdByExternal().trim();
        }
        if (r.createdByName() != null) {
            e.createdByName = r.createdByName().trim();
        }
        if (r.updatedByExternal() != null) {
            e.updatedByExternal = r.updatedByExternal().trim();
        }
        if (r.updatedByName() != null) {
            e.updatedByName = r.updatedByName().trim();
        }
        if (r.createdAtSrc() != null) {
            e.createdAtSrc = r.createdAtSrc();
        }
        if (r.updatedAtSrc() != null) {
            e.updatedAtSrc = r.updatedAtSrc();
        }
        if (r.lastActionAtSrc() != null) {
            e.lastActionAtSrc = r.lastActionAtSrc();
        }
        if (r.changeLogAtSrc() != null) {
            e.changeLogAtSrc = r.changeLogAtSrc();
        }
        if (r.linkedModule() != null) {
            e.linkedModule = r.linkedModule().trim();
        }
        if (r.linkedIdExternal() != null) {
            e.linkedIdExternal = r.linkedIdExternal().trim();
        }
        if (r.name() != null) {
            e.name = r.name().trim();
        }
        if (r.code() != null) {
            e.code = r.code().trim();
        }
        if (r.level() != null) {
            e.level = r.level().trim();
        }
        if (r.parentIdExternal() != null) {
            e.parentIdExternal = r.parentIdExternal().trim();
        }
        if (r.parentCustomerId() != null) {
            e.parentCustomerId = r.parentCustomerId().trim();
        }
        if (r.parentName() != null) {
            e.parentName = r.parentName().trim();
        }
        if (r.industry() != null) {
            e.industry = r.industry().trim();
        }
        if (r.description() != null) {
            e.description = r.description();
        }
        if (r.tags() != null) {
            e.tags = new ArrayList<>(r.tags());
        }
        if (r.isLocked() != null) {
            e.isLocked = r.isLocked();
        }
        if (r.lastEnrichedAtSrc() != null) {
            e.lastEnrichedAtSrc = r.lastEnrichedAtSrc();
        }
        if (r.enrichStatus() != null) {
            e.enrichStatus = r.enrichStatus().trim();
        }
        if (r.channelName() != null) {
            e.channelName = r.channelName().trim();
        }
        if (r.sourceName() != null) {
            e.sourceName = r.sourceName().trim();
        }
        if (r.customerRequirements() != null) {
            e.customerRequirements = r.customerRequirements();
        }
        if (r.sourceId() != null) {
            e.sourceId = r.sourceId().trim();
        }
        if (r.channelId() != null) {
            e.channelId = r.channelId().trim();
        }
        if (r.customerSourceType() != null) {
            e.customerSourceType = r.customerSourceType();
        }
        if (r.customerType() != null) {
            e.customerType = r.customerType();
        }
        if (r.ownerUserId() != null) {
            e.ownerUserId = r.ownerUserId().trim();
        }
        if (r.agentUserId() != null) {
            e.agentUserId = r.agentUserId().trim();
        }
        if (r.agentId() != null) {
            e.agentId = r.agentId().trim();
        }
        if (r.isActive() != null) {
            e.setActive(r.isActive());
        }
    }

    public record CustomerResponse(
            String id,
            String idExternal,
            String ownerIdExternal,
            String ownerName,
            String createdByExternal,
            String createdByName,
            String updatedByExternal,
            String updatedByName,
            LocalDateTime createdAtSrc,
            LocalDateTime updatedAtSrc,
            LocalDateTime lastActionAtSrc,
            LocalDateTime changeLogAtSrc,
            String linkedModule,
            String linkedIdExternal,
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
            LocalDateTime updatedAt) {

        static CustomerResponse of(Customer e, DisplayNames n) {
            return new CustomerResponse(e.getId(),
                    e.idExternal,
                    e.ownerIdExternal,
                    e.ownerName,
                    e.createdByExternal,
                    e.createdByName,
                    e.updatedByExternal,
                    e.updatedByName,
                    e.createdAtSrc,
                    e.updatedAtSrc,
                    e.lastActionAtSrc,
                    e.changeLogAtSrc,
                    e.linkedModule,
                    e.linkedIdExternal,
                    e.name,
                    e.code,
                    e.level,
                    e.parentIdExternal,
                    e.parentCustomerId,
                    e.industry,
                    e.description,
                    List.copyOf(e.tags),
                    e.isLocked,
                    e.lastEnrichedAtSrc,
                    e.enrichStatus,
                    e.customerRequirements,
                    e.sourceId,
                    e.channelId,
                    e.customerSourceType,
                    e.customerType,
                    e.ownerUserId,
                    e.agentUserId,
                    e.agentId,
                    n.parentName(),
                    n.sourceName(),
                    n.channelName(),
                    n.ownerUserName(),
                    n.agentUserName(),
                    n.agentName(),
                    e.isActive(),
                    e.getDeletedAt(),
                    e.version,
                    e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }

    /** Display names joined into a customer response: local lookups and foundation-service names (null when down). */
    public record DisplayNames(String parentName, String sourceName, String channelName, String ownerUserName,
                               String agentUserName, String agentName) {
    }
}
