package com.bantu.business.order;

import com.bantu.business.internal.OrderCancelledV1;
import com.bantu.business.internal.OrderCompletedV1;
import com.bantu.business.internal.OrderSubmittedV1;
import com.bantu.common.events.IntegrationEvents;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The one place order events leave the service. Each method is called inside the transaction that made the change:
 * the event is stored in the outbox with it and delivered after the commit (routes in {@code bantu.events.routes}).
 */
@Component
public class OrderEvents {

    private final IntegrationEvents events;

    public OrderEvents(IntegrationEvents events) {
        this.events = events;
    }

    public void submitted(Order o) {
        events.publish(new OrderSubmittedV1(o.getId(), o.orderNumber, o.title, o.customerId, o.customerName,
                o.salesUserId, o.organizationId, o.finalAmount, o.currencyCode, o.exchangeRate));
    }

    public void completed(Order o) {
        events.publish(new OrderCompletedV1(o.getId(), o.orderNumber,
                o.actualCompletionDate == null ? LocalDate.now() : o.actualCompletionDate));
    }

    public void cancelled(Order o, String previousStatus, String actorId) {
        events.publish(new OrderCancelledV1(o.getId(), o.orderNumber, previousStatus, actorId));
    }
}
