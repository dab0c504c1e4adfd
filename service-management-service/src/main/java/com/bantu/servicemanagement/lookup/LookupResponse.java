package com.bantu.servicemanagement.lookup;

import java.time.LocalDateTime;

public record LookupResponse(
        String id,
        String code,
        String name,
        String nameZh,
        String nameId,
        String description,
        int displayOrder,
        boolean isActive,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}
