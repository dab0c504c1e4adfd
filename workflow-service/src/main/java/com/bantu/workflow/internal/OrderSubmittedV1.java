package com.bantu.workflow.internal;

import java.math.BigDecimal;

/**
 * What this service reads from business-service's {@code order.submitted} (version 1): the order to approve. Unknown
 * fields are ignored. {@code exchangeRate} is business-service's rate of the order currency per IDR (amount in IDR =
 * {@code finalAmount / exchangeRate}), absent for IDR orders.
 */
public record OrderSubmittedV1(String orderId, String orderNumber, String salesUserId, String organizationId,
                               BigDecimal finalAmount, String currencyCode, BigDecimal exchangeRate) {

    public static final String TYPE = "order.submitted";
}
