package com.bantu.business.order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place order events leave the service: each method is called inside the transaction that made the change.
 * NOT WIRED YET: the integration-event outbox (common-lib) is not in this build, so these methods only log at DEBUG
 * and no other service hears about submitted, completed or cancelled orders (see the module README).
 */
@Component
public class OrderEvents {

    private static final Logger log = LoggerFactory.getLogger(OrderEvents.class);

    public void submitted(Order o) {
        log.debug("[OrderEvents] order.submitted {} (not published: no event outbox in this build)", o.getId());
    }

    public void completed(Order o) {
        log.debug("[OrderEvents] order.completed {} (not published: no event outbox in this build)", o.getId());
    }

    public void cancelled(Order o) {
        log.debug("[OrderEvents] order.cancelled {} (not published: no event outbox in this build)", o.getId());
    }
}
