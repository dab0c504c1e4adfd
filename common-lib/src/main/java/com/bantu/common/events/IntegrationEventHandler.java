package com.bantu.common.events;

/**
 * Consumer side: a bean handling one event type. {@link #handle} runs inside the transaction that also records the
 * event id in {@code processed_events}, so it runs at most once per event id; it must tolerate events arriving out
 * of order (a late event never moves a record backwards). Throwing rolls back and answers 500, so the producer
 * retries later.
 */
public interface IntegrationEventHandler<T> {

    String type();

    /** The record the (snake_case) payload JSON is mapped onto. */
    Class<T> payloadType();

    void handle(T payload, EventEnvelope envelope);
}
