package com.bantu.servicemanagement.servicerecord;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdateServiceRecordRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreateServiceRecordRequest(
        @NotBlank @Size(min = 36, max = 36) String customerId,
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

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdateServiceRecordRequest asUpdate() {
        return new UpdateServiceRecordRequest(customerId, serviceTypeId, productId, serviceName, serviceDescription,
                serviceCode, contactId, salesUserId, salesUsername, status, statusDescription, priority,
                expectedStartDate, expectedCompletionDate, actualStartDate, actualCompletionDate, deadline,
                estimatedPrice, finalPrice, currencyCode, priceNotes, quantity, unit, requirements,
                customerRequirements, internalNotes, customerNotes, requiredDocuments, attachments, lastFollowUpAt,
                nextFollowUpAt, followUpNotes, tags, category, source, channel, referralCustomerId, isLocked,
                isUrgent, isImportant, isActive, version);
    }
}
