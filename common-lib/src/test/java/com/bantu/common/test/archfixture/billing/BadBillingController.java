package com.bantu.common.test.archfixture.billing;

import com.bantu.common.test.archfixture.orders.OrderRepository;
import org.springframework.web.bind.annotation.RestController;

/** Reaches the orders feature's repository directly: both rules must reject it. */
@RestController
public class BadBillingController {

    private final OrderRepository orders;

    public BadBillingController(OrderRepository orders) {
        this.orders = orders;
    }
}
