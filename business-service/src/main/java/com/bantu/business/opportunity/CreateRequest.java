package com.bantu.business.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
