package com.bantu.servicemanagement.dependency;

import java.time.LocalDateTime;

public record ProductDependencyResponse(
        String id,
        String productId,
        String productName,
        String productCode,
        String dependsOnProductId,
        String dependsOnProductName,
        String dependsOnProductCode,
        String dependencyType,
        String description,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}
