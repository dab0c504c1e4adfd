package com.bantu.servicemanagement.product;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdateVendorProductRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreateVendorProductRequest(
        @NotBlank @Size(min = 36, max = 36) String vendorId,
        Boolean isPrimary,
        Boolean isAvailable,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal vendorPrice,
        @Size(max = 10) String currencyCode,
        @PositiveOrZero Integer processingDays,
        String notes) {

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdateVendorProductRequest asUpdate() {
        return new UpdateVendorProductRequest(vendorId, isPrimary, isAvailable, vendorPrice, currencyCode,
                processingDays, notes);
    }
}
