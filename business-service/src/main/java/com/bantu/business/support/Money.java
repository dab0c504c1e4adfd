package com.bantu.business.support;

import com.bantu.common.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Money rules: {@code BigDecimal} with scale 2, rounded HALF_UP once on input and once per computed amount; never a
 * floating-point value. Currency codes are three upper-case letters.
 */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    public static final Set<String> CURRENCIES = Set.of("CNY", "IDR", "USD", "EUR", "SGD", "HKD", "MYR", "JPY");

    private Money() {
    }

    /** {@code value} rounded to 2 decimals HALF_UP; null stays null. */
    public static BigDecimal of(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** An exchange rate as stored ({@code DECIMAL(18,6)}): 6 decimals HALF_UP; null stays null. */
    public static BigDecimal rate(BigDecimal value) {
        return value == null ? null : value.setScale(6, RoundingMode.HALF_UP);
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : of(value);
    }

    /** A non-negative amount (400 naming {@code field} otherwise), rounded. */
    public static BigDecimal nonNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw ValidationException.of(field, "must be greater than or equal to 0");
        }
        return of(value);
    }

    /** quantity × unit price − discount, rounded; null when the price is unknown. */
    public static BigDecimal lineAmount(int quantity, BigDecimal unitPrice, BigDecimal discount) {
        if (unitPrice == null) {
            return null;
        }
        return of(unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(orZero(discount)));
    }

    public static String currency(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toUpperCase();
        if (!CURRENCIES.contains(c)) {
            throw ValidationException.of(field, "must be one of " + String.join(", ", new java.util.TreeSet<>(CURRENCIES)));
        }
        return c;
    }
}
