package com.bantu.business.opportunity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record ProductRequest(@NotBlank @Size(min = 36, max = 36) String productId,
                             @Min(1) @Max(1_000_000) Integer quantity,
                             @DecimalMin("0") BigDecimal unitPrice,
                             @Min(1) Integer executionOrder,
                             LocalDate startDate, LocalDate expectedCompletionDate, String notes) {
}
