package com.bantu.business.order;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** PUT /orders/{id}: every field optional; {@code status_code} moves the order (state machine). */
public record UpdateOrderRequest(
        @Size(min = 1, max = 255) String title,
        @Size(min = 36, max = 36) String customerId,
        @Size(max = 36) String serviceRecordId,
        @Size(max = 255) String entryCity,
        @Size(max = 100) String passportId,
        @Size(max = 255) String processor,
        @Size(max = 10) String currencyCode,
        @DecimalMin("0") BigDecimal discountAmount,
        @DecimalMin(value = "0", inclusive = false) BigDecimal exchangeRate,
        LocalDate expectedStartDate,
        LocalDate expectedCompletionDate,
        String customerNotes,
        String internalNotes,
        String requirements,
        String description,
        String notes,
        @Size(max = 50) String statusCode,
        Long version) {
}
