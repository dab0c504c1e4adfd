package com.bantu.servicemanagement.category;

import java.time.LocalDateTime;

public record CategoryResponse(
        String id,
        String code,
        String name,
        String parentId,
        String parentName,
        String description,
        int displayOrder,
        boolean isActive,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}
