package com.bantu.servicemanagement.internal;

import com.bantu.common.events.IntegrationEvent;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code customer.changed}: a customer was created, updated, deleted or restored. business-service keeps a replica of
 * these essentials for the orders and opportunities it creates, instead of asking for the customer every time.
 * {@code active} is false once the customer is deleted or deactivated (exactly when
 * {@code GET /internal/customers/{id}} answers 404). The row's version travels as {@code version}: larger after every
 * change, so a consumer ignores an event that is not newer than what it holds. (The component is {@code rowVersion}
 * because {@link #version()} is the version of this payload's shape.)
 */
public record CustomerChangedV1(String id, String name, String code, String level, String ownerUserId,
                                boolean active, @JsonProperty("version") long rowVersion) implements IntegrationEvent {

    public static final String TYPE = "customer.changed";

    @Override
    public String type() {
        return TYPE;
    }
}
