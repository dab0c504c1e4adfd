package com.bantu.servicemanagement.product;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Body of a partial update (PUT): every field is optional; a field that is absent or null is left unchanged. */
public record UpdateVendorProductRequest(
        @Size(min = 36, max = 36) String vendorId,
        Boolean isPrimary,
        Boolean isAvailable,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal vendorPrice,
        @Size(max = 10) String currencyCode,
        @PositiveOrZero Integer processingDays,
        String notes) {
}
