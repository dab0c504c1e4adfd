package com.bantu.business.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

public record PaymentStageResponse(String id, String opportunityId, int stageNumber, String stageName,
                                   BigDecimal amount, LocalDate dueDate, String paymentTrigger, String status,
                                   LocalDateTime createdAt, LocalDateTime updatedAt) {
    static PaymentStageResponse of(OpportunityPaymentStage s) {
        return new PaymentStageResponse(s.getId(), s.opportunityId, s.stageNumber, s.stageName, s.amount,
                s.dueDate, s.paymentTrigger, s.status, s.getCreatedAt(), s.getUpdatedAt());
    }
}
