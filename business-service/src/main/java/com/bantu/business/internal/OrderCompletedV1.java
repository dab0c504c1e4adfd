package com.bantu.business.internal;

import com.bantu.common.events.IntegrationEvent;
import java.time.LocalDate;

/** {@code order.completed}: finance makes stages triggered by completion due. */
public record OrderCompletedV1(String orderId, String orderNumber, LocalDate completedOn) implements IntegrationEvent {

    public static final String TYPE = "order.completed";

    @Override
    public String type() {
        return TYPE;
    }
}
