package com.bantu.business.internal;

import com.bantu.common.events.IntegrationEvent;

/** {@code order.cancelled}: workflow-service ends an open approval, finance cancels the unpaid plan. */
public record OrderCancelledV1(String orderId, String orderNumber, String previousStatus, String actorId)
        implements IntegrationEvent {

    public static final String TYPE = "order.cancelled";

    @Override
    public String type() {
        return TYPE;
    }
}
