package com.bantu.business.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

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
