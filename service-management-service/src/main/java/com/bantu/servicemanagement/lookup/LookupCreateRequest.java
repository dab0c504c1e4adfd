package com.bantu.servicemanagement.lookup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a create: name required, code optional and unique. */
public record LookupCreateRequest(
        @Size(min = 1, max = 100) String code,
        @NotBlank @Size(min = 1, max = 255) String name,
        @Size(max = 255) String nameZh,
        @Size(max = 255) String nameId,
        String description,
        Integer displayOrder,
        Boolean isActive) {

    /** A create is a partial update of a new record whose required fields were checked. */
    LookupUpdateRequest asUpdate() {
        return new LookupUpdateRequest(code, name, nameZh, nameId, description, displayOrder, isActive);
    }
}
