package com.bantu.servicemanagement.supplier;

import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PUT /suppliers/{id}/services/{product_id}/price}: {@code cost_price_cny}, {@code cost_price_idr}
 * (at least one of the two; an absent one keeps its price, an explicit null clears it, so the body is read as a map),
 * {@code effective_from} (absent, null or not after now: effective at once; zoned values such as
 * {@code 2025-12-15T02:00:00.000Z} are converted to the server's time zone) and an optional {@code change_reason}.
 */
record PriceChange(boolean hasCny, BigDecimal cny, boolean hasIdr, BigDecimal idr, LocalDateTime effectiveFrom,
                   String reason) {

    static final String CNY = "cost_price_cny";
    static final String IDR = "cost_price_idr";
    private static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    static PriceChange from(Map<String, Object> body) {
        Map<String, Object> b = body == null ? Map.of() : body;
        List<FieldError> errors = new ArrayList<>();
        BigDecimal cny = price(b, CNY, errors);
        BigDecimal idr = price(b, IDR, errors);
        if (!b.containsKey(CNY) && !b.containsKey(IDR)) {
            errors.add(new FieldError(CNY, "cost_price_cny or cost_price_idr is required"));
        }
        LocalDateTime from = time(b.get("effective_from"), errors);
        Object reason = b.get("change_reason");
        if (reason != null && !(reason instanceof String)) {
            errors.add(new FieldError("change_reason", "must be a string"));
        } else if (reason != null && ((String) reason).length() > 1000) {
            errors.add(new FieldError("change_reason", "size must be between 0 and 1000"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String why = reason == null || ((String) reason).isBlank() ? null : ((String) reason).trim();
        return new PriceChange(b.containsKey(CNY), cny, b.containsKey(IDR), idr, from, why);
    }

    private static BigDecimal price(Map<String, Object> b, String field, List<FieldError> errors) {
        Object v = b.get(field);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = v instanceof Number || v instanceof String ? new BigDecimal(v.toString().trim()) : null;
            if (d == null) {
                errors.add(new FieldError(field, "must be a number"));
            } else if (d.signum() < 0) {
                errors.add(new FieldError(field, "must be greater than or equal to 0"));
            } else if (d.scale() > 2 && d.stripTrailingZeros().scale() > 2 || d.compareTo(MAX) > 0) {
                errors.add(new FieldError(field, "numeric value out of bounds (<16 digits>.<2 digits> expected)"));
            } else {
                return d;
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number"));
        }
        return null;
    }

    /** Zone-less ISO date-times as they are; zoned ones converted to the server's zone; a bare date is its start. */
    static LocalDateTime time(Object v, List<FieldError> errors) {
        if (v == null || v instanceof String blank && blank.isBlank()) {
            return null;
        }
        String s = v.toString().trim();
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        } catch (DateTimeParseException notZoned) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(s).atStartOfDay();
                } catch (DateTimeParseException notDate) {
                    errors.add(new FieldError("effective_from", "must be an ISO date-time"));
                    return null;
                }
            }
        }
    }
}
