package com.bantu.servicemanagement.price;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Body of an update (PUT). It changes only {@code amount}, {@code exchange_rate}, {@code effective_from},
 * {@code effective_to}, {@code change_reason} and {@code is_approved}; the price's identity (product, organization,
 * type, currency) and {@code source} are fixed at create and ignored here (still format-checked).
 */
public record UpdatePriceStrategyRequest(
        @Size(max = 36) String productId,
        @Size(min = 36, max = 36) String organizationId,
        @Pattern(regexp = "^(cost|channel|direct|list)$",
                message = "must be one of cost, channel, direct, list") String priceType,
        @Pattern(regexp = "^(IDR|CNY|USD|EUR)$",
                message = "must be one of IDR, CNY, USD, EUR") String currency,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @PositiveOrZero @Digits(integer = 9, fraction = 9) BigDecimal exchangeRate,
        LocalDateTime effectiveFrom,
        LocalDateTime effectiveTo,
        @Pattern(regexp = "^(manual|import|contract)$", message = "must be one of manual, import, contract")
        String source,
        @Size(max = 1000) String changeReason,
        Boolean isApproved) {
}
