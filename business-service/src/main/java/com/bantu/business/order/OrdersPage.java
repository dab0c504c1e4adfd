package com.bantu.business.order;

import java.util.List;

/** The SPA's order list shape. */
public record OrdersPage(List<OrderResponse> orders, long total, int page, int pageSize) {
}
