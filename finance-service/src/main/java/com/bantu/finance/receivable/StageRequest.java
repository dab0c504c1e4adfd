package com.bantu.finance.receivable;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record StageRequest(
        @NotNull @Positive Integer stageNumber,
        @NotBlank @Size(max = 255) String stageName,
        String stageDescription,
        @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal amount,
        LocalDate dueDate,
        @Pattern(regexp = TRIGGERS, message = "must be one of manual, milestone, date, completion")
        String paymentTrigger,
        LocalDate triggerDate,
        @Size(max = 255) String triggerMilestone,
        String paymentCondition,
        String notes) {

    public static final String TRIGGERS = "manual|milestone|date|completion";
}
