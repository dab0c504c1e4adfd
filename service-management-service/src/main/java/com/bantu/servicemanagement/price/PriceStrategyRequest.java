package com.bantu.servicemanagement.price;

import com.bantu.servicemanagement.OnCreate;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Body of a create (POST, validated with {@link OnCreate}) and of an update (PUT). An update changes only
 * {@code amount}, {@code exchange_rate}, {@code effective_from}, {@code effective_to}, {@code change_reason} and
 * {@code is_approved}; the price's identity (product, organization, type, currency) and {@code source} are fixed at
 * create and ignored on update.
 */
public record PriceStrategyRequest(
        @NotBlank(groups = OnCreate.class) @Size(max = 36) String productId,
        @Size(min = 36, max = 36) String organizationId,
        @NotBlank(groups = OnCreate.class) @Pattern(regexp = "^(cost|channel|direct|list)$",
                message = "must be one of cost, channel, direct, list") String priceType,
        @NotBlank(groups = OnCreate.class) @Pattern(regexp = "^(IDR|CNY|USD|EUR)$",
                message = "must be one of IDR, CNY, USD, EUR") String currency,
        @NotNull(groups = OnCreate.class) @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @PositiveOrZero @Digits(integer = 9, fraction = 9) BigDecimal exchangeRate,
        @NotNull(groups = OnCreate.class) LocalDateTime effectiveFrom,
        LocalDateTime effectiveTo,
        @Pattern(regexp = "^(manual|import|contract)$", message = "must be one of manual, import, contract")
        String source,
        @Size(max = 1000) String changeReason,
        Boolean isApproved) {
}
