package com.bantu.servicemanagement.category;

import com.bantu.common.api.Patch;
import java.util.ArrayList;
import java.util.List;

/** Request → entity and entity → response for this feature, in one place. */
final class CategoryMapper {

    private CategoryMapper() {
    }

    /** Name, description, order and active flag when sent; code and parent are checked by the service. */
    static void apply(UpdateCategoryRequest r, ProductCategory e) {
        e.name = Patch.text(r.name(), e.name);
        e.description = Patch.value(r.description(), e.description);
        e.displayOrder = Patch.value(r.displayOrder(), e.displayOrder);
        e.active = Patch.value(r.isActive(), e.active);
    }

    static CategoryResponse toResponse(ProductCategory c, String parentName) {
        return new CategoryResponse(c.getId(), c.code, c.name, c.parentId, parentName, c.description,
                c.displayOrder, c.active, c.getCreatedAt(), c.getUpdatedAt());
    }

    /** A tree node with the products filed directly under the category ({@code product_count} counts those). */
    static CategoryNode toNode(ProductCategory c, List<CategoryTreeProduct> products) {
        return new CategoryNode(c.getId(), c.code, c.name, c.description, c.parentId, c.displayOrder, c.active,
                products.size(), new ArrayList<>(), products);
    }
}
