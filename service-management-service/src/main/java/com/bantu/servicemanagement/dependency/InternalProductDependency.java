package com.bantu.servicemanagement.dependency;

/** One row of {@code GET /internal/product-dependencies}: the shape business-service reads. */
public record InternalProductDependency(
        String id,
        String productId,
        String productCode,
        String productName,
        String dependsOnProductId,
        String dependsOnProductCode,
        String dependsOnProductName,
        String dependencyType,
        String description) {

    static InternalProductDependency of(ProductDependencyResponse r) {
        return new InternalProductDependency(r.id(), r.productId(), r.productCode(), r.productName(),
                r.dependsOnProductId(), r.dependsOnProductCode(), r.dependsOnProductName(), r.dependencyType(),
                r.description());
    }
}
