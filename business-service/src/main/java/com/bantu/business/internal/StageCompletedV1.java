package com.bantu.business.internal;

import com.bantu.common.events.IntegrationEvent;

/** {@code stage.completed}: a processing stage of an order is done; finance makes milestone stages due. */
public record StageCompletedV1(String orderId, String orderNumber, String stageId, String stageCode,
                               String stageName) implements IntegrationEvent {

    public static final String TYPE = "stage.completed";

    @Override
    public String type() {
        return TYPE;
    }
}
