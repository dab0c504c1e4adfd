package com.bantu.business.internal;

import com.bantu.common.events.IntegrationEvent;
import java.math.BigDecimal;

/** {@code order.submitted}: a new order waits for approval (workflow-service starts the approval process). */
public record OrderSubmittedV1(String orderId, String orderNumber, String title, String customerId,
                               String customerName, String salesUserId, String organizationId,
                               BigDecimal finalAmount, String currencyCode, BigDecimal exchangeRate)
        implements IntegrationEvent {

    public static final String TYPE = "order.submitted";

    @Override
    public String type() {
        return TYPE;
    }
}
