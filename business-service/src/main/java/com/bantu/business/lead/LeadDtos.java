package com.bantu.business.lead;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

public final class LeadDtos {

    private LeadDtos() {
    }

    /** Create (name required) and partial update; {@code customer_id} must stay null (conversion sets it). */
    public record LeadRequest(
            @Size(min = 1, max = 255) String name,
            @Size(max = 255) String companyName,
            @Size(max = 255) String contactName,
            @Size(max = 50) String phone,
            @Size(max = 255) @Email String email,
            String address,
            String customerId,
            @Size(max = 36) String ownerUserId,
            @Size(max = 50) String status,
            @Size(max = 50) String level,
            LocalDateTime nextFollowUpAt,
            LocalDateTime lastFollowUpAt,
            Long version) {
    }

    public record AssignRequest(@NotBlank @Size(min = 36, max = 36) String ownerUserId) {
    }

    public record MoveToPoolRequest(@Size(max = 36) String poolId) {
    }

    public record DuplicateRequest(@Size(max = 255) String companyName, @Size(max = 50) String phone,
                                   @Size(max = 255) String email, String excludeLeadId, Boolean exactMatch) {
    }

    public record DuplicateResponse(boolean hasDuplicate, List<LeadResponse> duplicates, Double similarityScore) {
    }

    public record FollowUpRequest(@NotBlank String followUpType, String content,
                                  @NotNull LocalDateTime followUpDate, @Size(max = 50) String statusAfter,
                                  LocalDateTime nextFollowUpAt) {
    }

    public record FollowUpResponse(String id, String leadId, String followUpType, String content,
                                   LocalDateTime followUpDate, String statusBefore, String statusAfter,
                                   String createdBy, String createdByName, LocalDateTime createdAt) {
    }

    public record NoteRequest(@NotBlank String noteType, @NotBlank String content, Boolean isImportant) {
    }

    public record NoteResponse(String id, String leadId, String noteType, String content, boolean isImportant,
                               String createdBy, String createdByName, LocalDateTime createdAt) {
    }

    public record ConvertToCustomerRequest(@Size(max = 255) String customerName, @Size(max = 255) String contactName) {
    }

    public record ConvertToOpportunityRequest(@Size(max = 255) String opportunityName, BigDecimal amount) {
    }

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
}
