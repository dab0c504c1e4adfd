package com.bantu.servicemanagement.servicetype;

import com.bantu.servicemanagement.OnCreate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a create (POST, validated with {@link OnCreate}: the fields marked for that group are required) and of a
 * partial update (PUT: a field that is absent or null is left unchanged).
 */
public record ServiceTypeRequest(
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 50) String code,
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String name,
        @Size(max = 255) String nameEn,
        String description,
        Integer displayOrder,
        Boolean isActive) {
}
