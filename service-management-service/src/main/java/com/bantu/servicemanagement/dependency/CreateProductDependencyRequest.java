package com.bantu.servicemanagement.dependency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code dependency_type} defaults to {@code required}; the two products must exist and differ. */
public record CreateProductDependencyRequest(
        @NotBlank @Size(max = 36) String productId,
        @NotBlank @Size(max = 36) String dependsOnProductId,
        @Size(max = 50) String dependencyType,
        String description) {
}
