package com.bantu.finance.receivable;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record UpdateRequest(
        @Size(max = 255) String stageName,
        String stageDescription,
        @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal amount,
        LocalDate dueDate,
        @Pattern(regexp = StageRequest.TRIGGERS, message = "must be one of manual, milestone, date, completion")
        String paymentTrigger,
        LocalDate triggerDate,
        @Size(max = 255) String triggerMilestone,
        String paymentCondition,
        LocalDate expectedPaymentDate,
        @Size(max = 100) String invoiceNumber,
        LocalDate invoiceDate,
        @Size(max = 500) String invoiceUrl,
        String notes,
        String internalNotes) {
}
