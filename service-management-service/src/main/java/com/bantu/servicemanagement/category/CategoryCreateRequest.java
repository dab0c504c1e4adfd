package com.bantu.servicemanagement.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a create: code and name required; the code cannot change later. */
public record CategoryCreateRequest(
        @NotBlank @Size(min = 1, max = 100) String code,
        @NotBlank @Size(min = 1, max = 255) String name,
        String description,
        @Size(min = 36, max = 36) String parentId,
        Integer displayOrder,
        Boolean isActive) {

    /** A create is a partial update of a new record whose required fields were checked. */
    CategoryUpdateRequest asUpdate() {
        return new CategoryUpdateRequest(code, name, description, parentId, displayOrder, isActive);
    }
}
