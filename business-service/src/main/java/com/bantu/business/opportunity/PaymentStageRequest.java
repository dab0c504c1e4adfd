package com.bantu.business.opportunity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record PaymentStageRequest(@NotNull @Min(1) Integer stageNumber,
                                  @NotBlank @Size(max = 255) String stageName,
                                  @NotNull @DecimalMin("0") BigDecimal amount,
                                  LocalDate dueDate,
                                  @Size(max = 50) String paymentTrigger) {
}
