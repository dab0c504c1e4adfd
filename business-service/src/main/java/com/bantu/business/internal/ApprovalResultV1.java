package com.bantu.business.internal;

/**
 * What business-service reads from workflow-service's {@code approval.approved}, {@code approval.rejected} and
 * {@code approval.cancelled} events: the approved object ({@code business_type} order, {@code business_id} = order id;
 * {@code order_id} is accepted too), who decided and why. Unknown fields are ignored.
 */
public record ApprovalResultV1(String instanceId, String businessType, String businessId, String orderId,
                               String actorId, String comment) {

    /** The order this outcome is about, or null when it concerns another kind of object. */
    public String order() {
        if (orderId != null && !orderId.isBlank()) {
            return orderId;
        }
        return businessType == null || "order".equals(businessType) ? businessId : null;
    }
}
