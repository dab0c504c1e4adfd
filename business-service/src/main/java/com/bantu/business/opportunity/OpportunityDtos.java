package com.bantu.business.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public final class OpportunityDtos {

    private OpportunityDtos() {
    }

    public record ProductRequest(@NotBlank @Size(min = 36, max = 36) String productId,
                                 @Min(1) @Max(1_000_000) Integer quantity,
                                 @DecimalMin("0") BigDecimal unitPrice,
                                 @Min(1) Integer executionOrder,
                                 LocalDate startDate, LocalDate expectedCompletionDate, String notes) {
    }

    public record PaymentStageRequest(@NotNull @Min(1) Integer stageNumber,
                                      @NotBlank @Size(max = 255) String stageName,
                                      @NotNull @DecimalMin("0") BigDecimal amount,
                                      LocalDate dueDate,
                                      @Size(max = 50) String paymentTrigger) {
    }

    /** POST /opportunities and (with {@code customer_id} optional) convert-from-lead. */
    public record CreateRequest(
            @Size(max = 36) String customerId,
            @Size(max = 36) String leadId,
            @NotBlank @Size(max = 255) String name,
            @DecimalMin("0") BigDecimal amount,
            @Size(max = 10) String currencyCode,
            @Min(0) @Max(100) Integer probability,
            @Size(max = 50) String stage,
            @Size(max = 50) String status,
            @Size(max = 36) String ownerUserId,
            LocalDate expectedCloseDate,
            String description,
            @Size(max = 200) List<@Valid ProductRequest> products,
            @Size(max = 50) List<@Valid PaymentStageRequest> paymentStages,
            Boolean autoCalculateOrder) {
    }

    /** PUT /opportunities/{id}: every field optional ({@code customer_id} is ignored, as the SPA sends it). */
    public record UpdateRequest(
            @Size(min = 1, max = 255) String name,
            @DecimalMin("0") BigDecimal amount,
            @Min(0) @Max(100) Integer probability,
            @Size(max = 50) String stage,
            @Size(max = 50) String status,
            @Size(max = 36) String ownerUserId,
            LocalDate expectedCloseDate,
            LocalDate actualCloseDate,
            String description,
            Long version) {
    }

    public record AssignRequest(@NotBlank @Size(min = 36, max = 36) String ownerUserId) {
    }

    public record StageRequest(@NotBlank @Size(max = 50) String stage, Integer position) {
    }

    public record OrderItemRequest(@Size(max = 36) String productId, @Min(1) Integer quantity,
                                   @DecimalMin("0") BigDecimal unitPrice) {
    }

    /** The SPA's {@code {order_title, order_items}} and the original's {@code {title, dates, notes}}. */
    public record ConvertRequest(@Size(max = 255) String orderTitle, @Size(max = 255) String title,
                                 @Size(max = 200) List<@Valid OrderItemRequest> orderItems,
                                 LocalDate expectedStartDate, LocalDate expectedCompletionDate,
                                 String customerNotes, String internalNotes, String requirements) {
    }

    public record FollowUpRequest(@NotBlank String followUpType, String content,
                                  @NotNull LocalDateTime followUpDate) {
    }

    public record FollowUpResponse(String id, String opportunityId, String followUpType, String content,
                                   LocalDateTime followUpDate, String createdBy, String createdByName,
                                   LocalDateTime createdAt) {
    }

    public record NoteRequest(@NotBlank String noteType, @NotBlank String content, Boolean isImportant) {
    }

    public record NoteResponse(String id, String opportunityId, String noteType, String content, boolean isImportant,
                               String createdBy, String createdByName, LocalDateTime createdAt) {
    }

    public record ProductResponse(String id, String opportunityId, String productId, String productName,
                                  String productCode, int quantity, BigDecimal unitPrice, BigDecimal totalAmount,
                                  int executionOrder, String status, LocalDate startDate,
                                  LocalDate expectedCompletionDate, LocalDate actualCompletionDate, String notes,
                                  LocalDateTime createdAt, LocalDateTime updatedAt) {
        static ProductResponse of(OpportunityProduct p) {
            return new ProductResponse(p.getId(), p.opportunityId, p.productId, p.productName, p.productCode,
                    p.quantity, p.unitPrice, p.totalAmount, p.executionOrder, p.status, p.startDate,
                    p.expectedCompletionDate, p.actualCompletionDate, p.notes, p.getCreatedAt(), p.getUpdatedAt());
        }
    }

    public record PaymentStageResponse(String id, String opportunityId, int stageNumber, String stageName,
                                       BigDecimal amount, LocalDate dueDate, String paymentTrigger, String status,
                                       LocalDateTime createdAt, LocalDateTime updatedAt) {
        static PaymentStageResponse of(OpportunityPaymentStage s) {
            return new PaymentStageResponse(s.getId(), s.opportunityId, s.stageNumber, s.stageName, s.amount,
                    s.dueDate, s.paymentTrigger, s.status, s.getCreatedAt(), s.getUpdatedAt());
        }
    }

    public record OpportunityResponse(
            String id, String customerId, String customerName, String leadId, String leadName, String name,
            BigDecimal amount, String currencyCode, Integer probability, String stage, Integer stagePosition,
            String status, String ownerUserId, String ownerUsername, String organizationId,
            LocalDate expectedCloseDate, LocalDate actualCloseDate, String description,
            List<ProductResponse> products, List<PaymentStageResponse> paymentStages, Long version,
            String createdBy, String updatedBy, LocalDateTime createdAt, LocalDateTime updatedAt) {
    }
}
