package com.bantu.servicemanagement.price;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdatePriceStrategyRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreatePriceStrategyRequest(
        @NotBlank @Size(max = 36) String productId,
        @Size(min = 36, max = 36) String organizationId,
        @NotBlank @Pattern(regexp = "^(cost|channel|direct|list)$",
                message = "must be one of cost, channel, direct, list") String priceType,
        @NotBlank @Pattern(regexp = "^(IDR|CNY|USD|EUR)$",
                message = "must be one of IDR, CNY, USD, EUR") String currency,
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @PositiveOrZero @Digits(integer = 9, fraction = 9) BigDecimal exchangeRate,
        @NotNull LocalDateTime effectiveFrom,
        LocalDateTime effectiveTo,
        @Pattern(regexp = "^(manual|import|contract)$", message = "must be one of manual, import, contract")
        String source,
        @Size(max = 1000) String changeReason,
        Boolean isApproved) {

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdatePriceStrategyRequest asUpdate() {
        return new UpdatePriceStrategyRequest(productId, organizationId, priceType, currency, amount, exchangeRate,
                effectiveFrom, effectiveTo, source, changeReason, isApproved);
    }
}
