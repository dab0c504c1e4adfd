package com.bantu.servicemanagement.supplier;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /suppliers/{id}/products/batch}: products to link to the supplier (duplicates count once), with
 * an optional default cost price in either currency (its first price-history row) and the offer's flags.
 */
public record SupplierProductsRequest(
        @NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 36) String> productIds,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal defaultCostPriceCny,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal defaultCostPriceIdr,
        Boolean isAvailable,
        Boolean isPrimary) {
}
