package com.bantu.servicemanagement.servicerecord;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class ServiceRecordDtos {

    private ServiceRecordDtos() {
    }

    /** Create and partial update body (a null field is left unchanged on update). */
    public record ServiceRecordRequest(
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
        @Size(max = 100) String linkedModule,
        @Size(max = 255) String linkedIdExternal,
        @NotBlank(groups = OnCreate.class) @Size(min = 36, max = 36) String customerId,
        @Size(min = 36, max = 36) String serviceTypeId,
        @Size(min = 36, max = 36) String productId,
        @Size(max = 255) String serviceName,
        String serviceDescription,
        @Size(max = 100) String serviceCode,
        @Size(min = 36, max = 36) String contactId,
        @Size(min = 36, max = 36) String salesUserId,
        @Size(max = 255) String salesUsername,
        @Pattern(regexp = "^(pending|in_progress|completed|cancelled|on_hold)$", message = "must be one of pending, in_progress, completed, cancelled, on_hold") String status,
        @Size(max = 255) String statusDescription,
        @Pattern(regexp = "^(low|normal|high|urgent)$", message = "must be one of low, normal, high, urgent") String priority,
        LocalDate expectedStartDate,
        LocalDate expectedCompletionDate,
        LocalDate actualStartDate,
        LocalDate actualCompletionDate,
        LocalDate deadline,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal estimatedPrice,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal finalPrice,
        @Size(max = 10) String currencyCode,
        String priceNotes,
        @PositiveOrZero Integer quantity,
        @Size(max = 50) String unit,
        String requirements,
        String customerRequirements,
        String internalNotes,
        String customerNotes,
        String requiredDocuments,
        @Size(max = 100) List<@NotNull Object> attachments,
        LocalDateTime lastFollowUpAt,
        LocalDateTime nextFollowUpAt,
        String followUpNotes,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> tags,
        @Size(max = 100) String category,
        @Size(max = 100) String source,
        @Size(max = 100) String channel,
        @Size(min = 36, max = 36) String referralCustomerId,
        Boolean isLocked,
        Boolean isUrgent,
        Boolean isImportant,
        Boolean isActive,
        Long version) {
    }

    /** Copies every non-null field of the request onto the entity (create and partial update). */
    static void apply(ServiceRecordRequest r, ServiceRecord e) {
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
        if (r.linkedModule() != null) {
            e.linkedModule = r.linkedModule().trim();
        }
        if (r.linkedIdExternal() != null) {
            e.linkedIdExternal = r.linkedIdExternal().trim();
        }
        if (r.customerId() != null) {
            e.customerId = r.customerId().trim();
        }
        if (r.serviceTypeId() != null) {
            e.serviceTypeId = r.serviceTypeId().trim();
        }
        if (r.productId() != null) {
            e.productId = r.productId().trim();
        }
        if (r.serviceName() != null) {
            e.serviceName = r.serviceName().trim();
        }
        if (r.serviceDescription() != null) {
            e.serviceDescription = r.serviceDescription();
        }
        if (r.serviceCode() != null) {
            e.serviceCode = r.serviceCode().trim();
        }
        if (r.contactId() != null) {
            e.contactId = r.contactId().trim();
        }
        if (r.salesUserId() != null) {
            e.salesUserId = r.salesUserId().trim();
        }
        if (r.salesUsername() != null) {
            e.salesUsername = r.salesUsername().trim();
        }
        if (r.statusDescription() != null) {
            e.statusDescription = r.statusDescription().trim();
        }
        if (r.priority() != null) {
            e.priority = r.priority();
        }
        if (r.expectedStartDate() != null) {
            e.expectedStartDate = r.expectedStartDate();
        }
        if (r.expectedCompletionDate() != null) {
            e.expectedCompletionDate = r.expectedCompletionDate();
        }
        if (r.actualStartDate() != null) {
            e.actualStartDate = r.actualStartDate();
        }
        if (r.actualCompletionDate() != null) {
            e.actualCompletionDate = r.actualCompletionDate();
        }
        if (r.deadline() != null) {
            e.deadline = r.deadline();
        }
        if (r.estimatedPrice() != null) {
            e.estimatedPrice = r.estimatedPrice();
        }
        if (r.finalPrice() != null) {
            e.finalPrice = r.finalPrice();
        }
        if (r.currencyCode() != null) {
            e.currencyCode = r.currencyCode().trim();
        }
        if (r.priceNotes() != null) {
            e.priceNotes = r.priceNotes();
        }
        if (r.quantity() != null) {
            e.quantity = r.quantity();
        }
        if (r.unit() != null) {
            e.unit = r.unit().trim();
        }
        if (r.requirements() != null) {
            e.requirements = r.requirements();
        }
        if (r.customerRequirements() != null) {
            e.customerRequirements = r.customerRequirements();
        }
        if (r.internalNotes() != null) {
            e.internalNotes = r.internalNotes();
        }
        if (r.customerNotes() != null) {
            e.customerNotes = r.customerNotes();
        }
        if (r.requiredDocuments() != null) {
            e.requiredDocuments = r.requiredDocuments();
        }
        if (r.attachments() != null) {
            e.attachments = new ArrayList<>(r.attachments());
        }
        if (r.lastFollowUpAt() != null) {
            e.lastFollowUpAt = r.lastFollowUpAt();
        }
        if (r.nextFollowUpAt() != null) {
            e.nextFollowUpAt = r.nextFollowUpAt();
        }
        if (r.followUpNotes() != null) {
            e.followUpNotes = r.followUpNotes();
        }
        if (r.tags() != null) {
            e.tags = new ArrayList<>(r.tags());
        }
        if (r.category() != null) {
            e.category = r.category().trim();
        }
        if (r.source() != null) {
            e.source = r.source().trim();
        }
        if (r.channel() != null) {
            e.channel = r.channel().trim();
        }
        if (r.referralCustomerId() != null) {
            e.referralCustomerId = r.referralCustomerId().trim();
        }
        if (r.isLocked() != null) {
            e.isLocked = r.isLocked();
        }
        if (r.isUrgent() != null) {
            e.isUrgent = r.isUrgent();
        }
        if (r.isImportant() != null) {
            e.isImportant = r.isImportant();
        }
        if (r.isActive() != null) {
            e.setActive(r.isActive());
        }
    }

    public record ServiceRecordResponse(
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
            String linkedModule,
            String linkedIdExternal,
            String customerId,
            String customerName,
            String serviceTypeId,
            String serviceTypeName,
            String productId,
            String productName,
            String productCode,
            String serviceName,
            String serviceDescription,
            String serviceCode,
            String contactId,
            String contactName,
            String salesUserId,
            String status,
            String statusDescription,
            String priority,
            LocalDate expectedStartDate,
            LocalDate expectedCompletionDate,
            LocalDate actualStartDate,
            LocalDate actualCompletionDate,
            LocalDate deadline,
            BigDecimal estimatedPrice,
            BigDecimal finalPrice,
            String currencyCode,
            String priceNotes,
            Integer quantity,
            String unit,
            String requirements,
            String customerRequirements,
            String internalNotes,
            String customerNotes,
            String requiredDocuments,
            List<Object> attachments,
            LocalDateTime lastFollowUpAt,
            LocalDateTime nextFollowUpAt,
            String followUpNotes,
            List<String> tags,
            String category,
            String source,
            String channel,
            String referralCustomerId,
            String referralCustomerName,
            boolean isLocked,
            boolean isUrgent,
            boolean isImportant,
            String createdBy,
            String updatedBy,
            String salesUsername,
            boolean isActive,
            LocalDateTime deletedAt,
            Long version,
            LocalDateTime createdAt,
            LocalDateTime updatedAt) {

        static ServiceRecordResponse of(ServiceRecord e, String salesUsername) {
            return new ServiceRecordResponse(e.getId(),
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
                    e.linkedModule,
                    e.linkedIdExternal,
                    e.customerId,
                    e.customerName,
                    e.serviceTypeId,
                    e.serviceTypeName,
                    e.productId,
                    e.productName,
                    e.productCode,
                    e.serviceName,
                    e.serviceDescription,
                    e.serviceCode,
                    e.contactId,
                    e.contactName,
                    e.salesUserId,
                    e.status,
                    e.statusDescription,
                    e.priority,
                    e.expectedStartDate,
                    e.expectedCompletionDate,
                    e.actualStartDate,
                    e.actualCompletionDate,
                    e.deadline,
                    e.estimatedPrice,
                    e.finalPrice,
                    e.currencyCode,
                    e.priceNotes,
                    e.quantity,
                    e.unit,
                    e.requirements,
                    e.customerRequirements,
                    e.internalNotes,
                    e.customerNotes,
                    e.requiredDocuments,
                    List.copyOf(e.attachments),
                    e.lastFollowUpAt,
                    e.nextFollowUpAt,
                    e.followUpNotes,
                    List.copyOf(e.tags),
                    e.category,
                    e.source,
                    e.channel,
                    e.referralCustomerId,
                    e.referralCustomerName,
                    e.isLocked,
                    e.isUrgent,
                    e.isImportant,
                    e.createdBy,
                    e.updatedBy,
                    salesUsername,
                    e.isActive(),
                    e.getDeletedAt(),
                    e.version,
                    e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }

    /** The status transitions the business allows; completed and cancelled are final. */
    static final Map<String, Set<String>> TRANSITIONS = Map.of(
            "pending", Set.of("in_progress", "cancelled", "on_hold"),
            "in_progress", Set.of("completed", "on_hold", "cancelled"),
            "on_hold", Set.of("in_progress", "cancelled"),
            "completed", Set.of(),
            "cancelled", Set.of());
}
