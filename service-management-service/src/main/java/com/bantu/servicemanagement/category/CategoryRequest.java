package com.bantu.servicemanagement.category;

import com.bantu.servicemanagement.OnCreate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a create (POST, validated with {@link OnCreate}: the fields marked for that group are required) and of a
 * partial update (PUT: a field that is absent or null is left unchanged).
 */
public record CategoryRequest(
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 100) String code,
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String name,
        String description,
        @Size(min = 36, max = 36) String parentId,
        Integer displayOrder,
        Boolean isActive) {
}
