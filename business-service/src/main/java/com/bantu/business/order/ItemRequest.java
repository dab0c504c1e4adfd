package com.bantu.business.order;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An item in a create-order body, POST or PUT /orders/{id}/items (null = unchanged on PUT). */
public record ItemRequest(
        @Size(max = 36) String productId,
        @Size(max = 255) String productName,
        @Size(max = 255) String productNameZh,
        @Size(max = 255) String productNameId,
        @Size(max = 100) String productCode,
        @Size(max = 36) String serviceTypeId,
        @Size(max = 255) String serviceTypeNameZh,
        @Size(max = 255) String serviceTypeNameId,
        @Min(1) @Max(1_000_000) Integer quantity,
        @Size(max = 50) String unit,
        @DecimalMin("0") BigDecimal unitPrice,
        @DecimalMin("0") BigDecimal discountAmount,
        @Size(max = 10) String currencyCode,
        String description,
        String descriptionZh,
        String descriptionId,
        String requirements,
        LocalDate expectedStartDate,
        LocalDate expectedCompletionDate,
        @Size(max = 50) String status) {
}
