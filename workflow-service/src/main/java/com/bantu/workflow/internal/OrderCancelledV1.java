package com.bantu.workflow.internal;

/** What this service reads from business-service's {@code order.cancelled}: the order and who cancelled it. */
public record OrderCancelledV1(String orderId, String actorId) {

    public static final String TYPE = "order.cancelled";
}
