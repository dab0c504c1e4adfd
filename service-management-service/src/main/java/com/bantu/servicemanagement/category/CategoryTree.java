package com.bantu.servicemanagement.category;

import java.util.List;

/** {@code GET /categories/tree}: the root categories with their sub-categories and products. */
public record CategoryTree(List<CategoryNode> categories) {
}
