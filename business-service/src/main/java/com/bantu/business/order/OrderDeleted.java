package com.bantu.business.order;

/** Published (in-process) when an order was deleted; listeners act after the commit (e.g. remove its files). */
public record OrderDeleted(String orderId) {
}
