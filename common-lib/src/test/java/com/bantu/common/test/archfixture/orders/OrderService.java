package com.bantu.common.test.archfixture.orders;

import org.springframework.stereotype.Service;

@Service
public class OrderService {

    private final OrderRepository orders;

    public OrderService(OrderRepository orders) {
        this.orders = orders;
    }

    public OrderRepository repository() {
        return orders;
    }
}
