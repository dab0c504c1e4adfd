package com.bantu.business.opportunity;

import com.bantu.business.order.Order;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where an opportunity's payment plan is handed over to finance when it becomes an order (called inside that
 * transaction). NOT WIRED YET: the integration-event outbox (common-lib) is not in this build, so the plan stays in
 * {@code opportunity_payment_stages} and finance does not receive it (see the module README).
 */
@Component
public class OpportunityEvents {

    private static final Logger log = LoggerFactory.getLogger(OpportunityEvents.class);

    public void planHandedOver(Order order, List<OpportunityPaymentStage> plan) {
        log.debug("[OpportunityEvents] plan of order {} ({} stages) not published: no event outbox in this build",
                order.getId(), plan.size());
    }
}
