package com.bantu.servicemanagement.product;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Body of a create: a vendor's offer of a product; the vendor is required. */
public record VendorProductCreateRequest(
        @NotBlank @Size(min = 36, max = 36) String vendorId,
        Boolean isPrimary,
        Boolean isAvailable,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal vendorPrice,
        @Size(max = 10) String currencyCode,
        @PositiveOrZero Integer processingDays,
        String notes) {

    /** A create is a partial update of a new record whose required fields were checked. */
    VendorProductUpdateRequest asUpdate() {
        return new VendorProductUpdateRequest(vendorId, isPrimary, isAvailable, vendorPrice, currencyCode, processingDays, notes);
    }
}
