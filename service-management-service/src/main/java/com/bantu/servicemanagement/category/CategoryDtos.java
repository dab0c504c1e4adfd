package com.bantu.servicemanagement.category;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

public final class CategoryDtos {

    private CategoryDtos() {
    }

    /** Create: code and name required. Update: code is fixed; a null field is left unchanged. */
    public record CategoryRequest(
            @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 100) String code,
            @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String name,
            String description,
            @Size(min = 36, max = 36) String parentId,
            Integer displayOrder,
            Boolean isActive) {
    }

    public record CategoryResponse(String id, String code, String name, String parentId, String parentName,
                                   String description, int displayOrder, boolean isActive, LocalDateTime createdAt,
                                   LocalDateTime updatedAt) {

        static CategoryResponse of(ProductCategory c, String parentName) {
            return new CategoryResponse(c.getId(), c.code, c.name, c.parentId, parentName, c.description,
                    c.displayOrder, c.isActive, c.getCreatedAt(), c.getUpdatedAt());
        }
    }

    public record CategoryNode(String id, String code, String name, String parentId, int displayOrder,
                               boolean isActive, List<CategoryNode> children) {

        static CategoryNode of(ProductCategory c) {
            return new CategoryNode(c.getId(), c.code, c.name, c.parentId, c.displayOrder, c.isActive,
                    new ArrayList<>());
        }
    }
}
