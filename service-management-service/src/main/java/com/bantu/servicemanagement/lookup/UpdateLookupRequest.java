package com.bantu.servicemanagement.lookup;

import jakarta.validation.constraints.Size;

/** Body of a partial update (PUT): every field is optional; a field that is absent or null is left unchanged. */
public record UpdateLookupRequest(
        @Size(min = 1, max = 100) String code,
        @Size(min = 1, max = 255) String name,
        @Size(max = 255) String nameZh,
        @Size(max = 255) String nameId,
        String description,
        Integer displayOrder,
        Boolean isActive) {
}
