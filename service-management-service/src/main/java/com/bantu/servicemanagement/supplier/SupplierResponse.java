package com.bantu.servicemanagement.supplier;

import java.time.LocalDateTime;

/** A supplier: a vendor organization of foundation-service, with the number of products it offers here. */
public record SupplierResponse(
        String id,
        String name,
        String code,
        String organizationType,
        String email,
        String phone,
        boolean isActive,
        boolean isLocked,
        long serviceCount,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    static SupplierResponse of(FoundationOrganizations.Organization o, long serviceCount) {
        return new SupplierResponse(o.id(), o.name(), o.code(), o.organizationType(), o.email(), o.phone(),
                o.isActive(), o.isLocked(), serviceCount, o.createdAt(), o.updatedAt());
    }
}
