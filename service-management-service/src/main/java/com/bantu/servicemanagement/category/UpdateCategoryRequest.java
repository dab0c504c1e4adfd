package com.bantu.servicemanagement.category;

import jakarta.validation.constraints.Size;

/** Body of a partial update (PUT): every field is optional; a field that is absent or null is left unchanged. */
public record UpdateCategoryRequest(
        @Size(min = 1, max = 100) String code,
        @Size(min = 1, max = 255) String name,
        String description,
        @Size(min = 36, max = 36) String parentId,
        Integer displayOrder,
        Boolean isActive) {
}
