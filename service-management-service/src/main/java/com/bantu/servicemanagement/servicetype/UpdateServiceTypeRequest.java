package com.bantu.servicemanagement.servicetype;

import jakarta.validation.constraints.Size;

/** Body of a partial update (PUT): every field is optional; a field that is absent or null is left unchanged. */
public record UpdateServiceTypeRequest(
        @Size(min = 1, max = 50) String code,
        @Size(min = 1, max = 255) String name,
        @Size(max = 255) String nameEn,
        String description,
        Integer displayOrder,
        Boolean isActive) {
}
