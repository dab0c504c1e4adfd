package com.bantu.common.test.archfixture.billing;

import com.bantu.common.test.archfixture.orders.OrderService;
import org.springframework.web.bind.annotation.RestController;

/** Reaches the orders feature through its service: allowed. */
@RestController
public class GoodBillingController {

    private final OrderService orders;

    public GoodBillingController(OrderService orders) {
        this.orders = orders;
    }
}
