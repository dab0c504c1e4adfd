package com.bantu.servicemanagement.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdateCategoryRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreateCategoryRequest(
        @NotBlank @Size(min = 1, max = 100) String code,
        @NotBlank @Size(min = 1, max = 255) String name,
        String description,
        @Size(min = 36, max = 36) String parentId,
        Integer displayOrder,
        Boolean isActive) {

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdateCategoryRequest asUpdate() {
        return new UpdateCategoryRequest(code, name, description, parentId, displayOrder, isActive);
    }
}
