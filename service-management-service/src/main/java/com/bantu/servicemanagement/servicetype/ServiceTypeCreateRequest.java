package com.bantu.servicemanagement.servicetype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a create: code and name required; a new code on update must stay unique. */
public record ServiceTypeCreateRequest(
        @NotBlank @Size(min = 1, max = 50) String code,
        @NotBlank @Size(min = 1, max = 255) String name,
        @Size(max = 255) String nameEn,
        String description,
        Integer displayOrder,
        Boolean isActive) {

    /** A create is a partial update of a new record whose required fields were checked. */
    ServiceTypeUpdateRequest asUpdate() {
        return new ServiceTypeUpdateRequest(code, name, nameEn, description, displayOrder, isActive);
    }
}
