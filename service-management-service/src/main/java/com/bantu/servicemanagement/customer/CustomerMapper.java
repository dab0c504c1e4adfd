package com.bantu.servicemanagement.customer;

import com.bantu.common.api.Patch;
import com.bantu.servicemanagement.support.ImportProvenance;
import java.util.List;

/** Request → entity and entity → response for this feature, in one place. */
final class CustomerMapper {

    private CustomerMapper() {
    }

    /** Copies the fields the request carries onto the entity (trimming short texts). */
    static void apply(UpdateCustomerRequest r, Customer e) {
        e.changeLogAtSrc = Patch.value(r.changeLogAtSrc(), e.changeLogAtSrc);
        e.name = Patch.text(r.name(), e.name);
        e.code = Patch.text(r.code(), e.code);
        e.level = Patch.text(r.level(), e.level);
        e.parentIdExternal = Patch.text(r.parentIdExternal(), e.parentIdExternal);
        e.parentCustomerId = Patch.text(r.parentCustomerId(), e.parentCustomerId);
        e.parentName = Patch.text(r.parentName(), e.parentName);
        e.industry = Patch.text(r.industry(), e.industry);
        e.description = Patch.value(r.description(), e.description);
        e.tags = Patch.list(r.tags(), e.tags);
        e.isLocked = Patch.value(r.isLocked(), e.isLocked);
        e.lastEnrichedAtSrc = Patch.value(r.lastEnrichedAtSrc(), e.lastEnrichedAtSrc);
        e.enrichStatus = Patch.text(r.enrichStatus(), e.enrichStatus);
        e.channelName = Patch.text(r.channelName(), e.channelName);
        e.sourceName = Patch.text(r.sourceName(), e.sourceName);
        e.customerRequirements = Patch.value(r.customerRequirements(), e.customerRequirements);
        e.sourceId = Patch.text(r.sourceId(), e.sourceId);
        e.channelId = Patch.text(r.channelId(), e.channelId);
        e.customerSourceType = Patch.value(r.customerSourceType(), e.customerSourceType);
        e.customerType = Patch.value(r.customerType(), e.customerType);
        e.ownerUserId = Patch.text(r.ownerUserId(), e.ownerUserId);
        e.agentUserId = Patch.text(r.agentUserId(), e.agentUserId);
        e.agentId = Patch.text(r.agentId(), e.agentId);
        e.setActive(Patch.value(r.isActive(), e.isActive()));
    }

    static CustomerResponse toResponse(Customer e, DisplayNames n) {
        return new CustomerResponse(e.getId(),
                ImportProvenance.orEmpty(e.provenance),
                e.changeLogAtSrc,
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
                e.getUpdatedAt(),
                e.industryId,
                n.industryNameZh(),
                n.industryNameId(),
                n.levelNameZh(),
                n.levelNameId(),
                e.lastFollowUpAt,
                e.nextFollowUpAt);
    }
}
