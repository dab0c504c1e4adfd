package com.bantu.business.internal;

/**
 * What business-service reads from service-management-service's {@code customer.changed} event (sent after every
 * create, delete and restore of a customer and every update of its essentials): the essentials an order or
 * opportunity snapshots, whether the customer may still be named ({@code active} is false once it is deleted or
 * deactivated) and its row {@code version}, larger after every change. Unknown fields are ignored.
 */
public record CustomerChangedV1(String id, String name, String level, String ownerUserId, boolean active,
                                long version) {
}
