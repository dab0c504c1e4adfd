package com.bantu.servicemanagement.category;

import java.util.List;

public record CategoryNode(
        String id,
        String code,
        String name,
        String description,
        String parentId,
        int displayOrder,
        boolean isActive,
        int productCount,
        List<CategoryNode> children,
        List<CategoryTreeProduct> products) {
}
