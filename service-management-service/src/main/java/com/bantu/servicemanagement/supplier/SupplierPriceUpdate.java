package com.bantu.servicemanagement.supplier;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One item of a batch price update. Prices come either as {@code cost_price_cny}/{@code cost_price_idr} or, as the
 * current web client sends them, as {@code cost_price} with its {@code currency} (IDR or CNY); an absent price is
 * kept. The other fields change the offer when present.
 */
public record SupplierPriceUpdate(
        @NotBlank @Size(max = 36) String productId,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal costPriceCny,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal costPriceIdr,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal costPrice,
        @Pattern(regexp = "^(IDR|CNY)$", message = "must be one of IDR, CNY") String currency,
        @PositiveOrZero Integer processingDays,
        Boolean isAvailable,
        Boolean isPrimary,
        @PositiveOrZero Integer priority) {

    /** The CNY price this item asks for, or null to keep the current one. */
    BigDecimal cny() {
        return costPriceCny != null ? costPriceCny : "CNY".equals(currency) ? costPrice : null;
    }

    /** The IDR price this item asks for, or null to keep the current one. */
    BigDecimal idr() {
        return costPriceIdr != null ? costPriceIdr : "IDR".equals(currency) ? costPrice : null;
    }
}
