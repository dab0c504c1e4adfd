package com.bantu.servicemanagement.category;

import java.util.List;

public record CategoryNode(
        String id,
        String code,
        String name,
        String parentId,
        int displayOrder,
        boolean isActive,
        List<CategoryNode> children) {
}
