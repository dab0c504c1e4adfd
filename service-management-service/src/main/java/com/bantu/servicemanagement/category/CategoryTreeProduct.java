package com.bantu.servicemanagement.category;

/** A product as the category tree lists it (the batch product picker reads these fields). */
public record CategoryTreeProduct(
        String id,
        String name,
        String code,
        String enterpriseServiceCode,
        boolean isActive) {
}
