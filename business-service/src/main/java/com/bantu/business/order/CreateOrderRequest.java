package com.bantu.business.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** POST /orders: the order with at least one item, in one request. */
public record CreateOrderRequest(
        @NotBlank @Size(max = 255) String title,
        @NotBlank @Size(min = 36, max = 36) String customerId,
        @NotBlank @Size(min = 36, max = 36) String salesUserId,
        @Size(max = 36) String serviceRecordId,
        @Size(max = 255) String entryCity,
        @Size(max = 100) String passportId,
        @Size(max = 255) String processor,
        @NotEmpty @Size(max = 200) List<@Valid ItemRequest> orderItems,
        @Size(max = 10) String currencyCode,
        @DecimalMin("0") BigDecimal discountAmount,
        @DecimalMin(value = "0", inclusive = false) BigDecimal exchangeRate,
        LocalDate expectedStartDate,
        LocalDate expectedCompletionDate,
        String customerNotes,
        String internalNotes,
        String requirements,
        String description,
        String notes) {
}
