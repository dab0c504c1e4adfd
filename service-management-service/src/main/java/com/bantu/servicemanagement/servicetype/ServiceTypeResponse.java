package com.bantu.servicemanagement.servicetype;

import java.time.LocalDateTime;

public record ServiceTypeResponse(
        String id,
        String code,
        String name,
        String nameEn,
        String description,
        int displayOrder,
        boolean isActive,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}
