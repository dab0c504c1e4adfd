package com.bantu.business.lead;

import java.time.LocalDateTime;

public record LeadResponse(
        String id, String name, String companyName, String contactName, String phone, String email,
        String address, String customerId, String organizationId, String ownerUserId, String ownerUsername,
        String status, String level, String levelNameZh, String levelNameId, boolean isInPublicPool,
        String poolId, LocalDateTime movedToPoolAt, Object tianyanchaData, LocalDateTime tianyanchaSyncedAt,
        LocalDateTime lastFollowUpAt, LocalDateTime nextFollowUpAt, Long version, String createdBy,
        String updatedBy, LocalDateTime createdAt, LocalDateTime updatedAt, Object actionButtons) {

    static LeadResponse of(Lead l, String ownerName, String levelZh, String levelId) {
        return new LeadResponse(l.getId(), l.name, l.companyName, l.contactName, l.phone, l.email, l.address,
                l.customerId, l.organizationId, l.ownerUserId, ownerName, l.status, l.level, levelZh, levelId,
                l.isInPublicPool, l.poolId, l.movedToPoolAt, null, null, l.lastFollowUpAt, l.nextFollowUpAt,
                l.version, l.createdBy, l.updatedBy, l.getCreatedAt(), l.getUpdatedAt(), null);
    }
}
