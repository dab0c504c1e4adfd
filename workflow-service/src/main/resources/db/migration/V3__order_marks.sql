-- One row per order this service heard of through events. Both order events lock it first, so an order.submitted
-- and an order.cancelled of one order are applied one after the other; cancelled_at remembers a cancellation, so an
-- order.submitted that arrives after it (events are not ordered) starts no approval: a cancelled order is final.
CREATE TABLE order_event_marks (
    order_id     VARCHAR(64)  NOT NULL,
    cancelled_at TIMESTAMP(6) NULL,
    CONSTRAINT pk_order_event_marks PRIMARY KEY (order_id)
);
