package com.bantu.business.opportunity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

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
