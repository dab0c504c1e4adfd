package com.bantu.finance.order;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.math.BigDecimal;

/**
 * What finance reads about an order, as business-service's {@code /internal/orders/{id}} and its order events carry
 * it (snake_case; {@code order_id} is accepted for {@code id}). Unknown fields are ignored.
 */
public record OrderSnapshot(@JsonAlias("order_id") String id, String orderNumber, String customerId,
                            String customerName, String salesUserId, String organizationId, String currencyCode,
                            BigDecimal finalAmount, BigDecimal exchangeRate, String statusCode) {

    /** This snapshot, with {@code id} filled in when it has none. */
    public OrderSnapshot withIdIfMissing(String orderId) {
        return id != null ? this : new OrderSnapshot(orderId, orderNumber, customerId, customerName, salesUserId,
                organizationId, currencyCode, finalAmount, exchangeRate, statusCode);
    }
}
