package com.bantu.business.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public record OpportunityResponse(
        String id, String customerId, String customerName, String leadId, String leadName, String name,
        BigDecimal amount, String currencyCode, Integer probability, String stage, Integer stagePosition,
        String status, String ownerUserId, String ownerUsername, String organizationId,
        LocalDate expectedCloseDate, LocalDate actualCloseDate, String description,
        List<ProductResponse> products, List<PaymentStageResponse> paymentStages, Long version,
        String createdBy, String updatedBy, LocalDateTime createdAt, LocalDateTime updatedAt) {
}
