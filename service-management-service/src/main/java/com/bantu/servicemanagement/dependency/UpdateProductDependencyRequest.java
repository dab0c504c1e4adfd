package com.bantu.servicemanagement.dependency;

import jakarta.validation.constraints.Size;

/** Partial update: only the type and the description of a dependency can change (the pair is its identity). */
public record UpdateProductDependencyRequest(
        @Size(max = 50) String dependencyType,
        String description) {
}
