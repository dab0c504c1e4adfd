package com.bantu.servicemanagement.category;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CategoryService {

    public static final String NOT_FOUND = "产品分类不存在";
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name",
            "display_order", "displayOrder", "created_at", "createdAt", "updated_at", "updatedAt");

    private final ProductCategoryRepository categories;
    private final JdbcTemplate jdbc;

    public CategoryService(ProductCategoryRepository categories, JdbcTemplate jdbc) {
        this.categories = categories;
        this.jdbc = jdbc;
    }

    public record Filter(String code, String name, String parentId, Boolean isActive) {
    }

    @Transactional(readOnly = true)
    public ItemsPage<CategoryResponse> list(Filter f, PageQuery page, String sortBy, String sortOrder) {
        Sort sort = QueryParams.sort(sortBy, sortOrder, SORTS, Sort.by("displayOrder", "code"));
        Specification<ProductCategory> spec = Specification.allOf(Specs.eq("code", f.code()),
                Specs.contains("name", f.name()), Specs.eq("parentId", f.parentId()), Specs.eq("active", f.isActive()));
        var result = categories.findAll(spec, page.toPageable(sort));
        Map<String, String> parents = names(result.getContent().stream().map(c -> c.parentId).toList());
        return ItemsPage.of(result, page, c -> CategoryMapper.toResponse(c, parents.get(c.parentId)));
    }

    @Transactional(readOnly = true)
    public CategoryResponse get(String id) {
        return response(categories.getOrThrow(id, NOT_FOUND));
    }

    @Transactional
    public CategoryResponse create(CreateCategoryRequest body) {
        UpdateCategoryRequest r = body.asUpdate();
        String code = r.code().trim();
        if (categories.existsByCode(code)) {
            throw new ConflictException("分类编码 " + code + " 已存在");
        }
        ProductCategory c = new ProductCategory();
        c.code = code;
        if (r.parentId() != null) {
            requireParent(r.parentId());
            c.parentId = r.parentId();
        }
        CategoryMapper.apply(r, c);
        categories.saveAndFlush(c);
        return response(c);
    }

    @Transactional
    public CategoryResponse update(String id, UpdateCategoryRequest r) {
        ProductCategory c = categories.getOrThrow(id, NOT_FOUND);
        if (r.code() != null && !r.code().trim().equals(c.code)) {
            throw ValidationException.of("code", "a category code cannot be changed");
        }
        CategoryMapper.apply(r, c);
        if (r.parentId() != null && !r.parentId().equals(c.parentId)) {
            checkNoCycle(c.getId(), r.parentId());
            c.parentId = r.parentId();
        }
        categories.saveAndFlush(c);
        return response(c);
    }

    /** Deleting is refused while the category has sub-categories or products. */
    @Transactional
    public void delete(String id) {
        ProductCategory c = categories.getOrThrow(id, NOT_FOUND);
        if (categories.existsByParentId(id)) {
            throw new ConflictException("分类下仍有子分类，不可删除");
        }
        Integer products = jdbc.queryForObject("SELECT COUNT(*) FROM products WHERE category_id = ?", Integer.class, id);
        if (products != null && products > 0) {
            throw new ConflictException("分类下仍有 " + products + " 个产品，不可删除");
        }
        categories.delete(c);
    }

    /**
     * The category forest, wrapped as {@code {categories: [...]}}. {@code isActive} (default true) filters categories
     * and products alike; {@code includeProducts} (default true) lists each category's own (non-deleted) products,
     * read in one query.
     */
    @Transactional(readOnly = true)
    public CategoryTree tree(Boolean isActive, Boolean includeProducts) {
        boolean active = isActive == null || isActive;
        List<ProductCategory> all = categories.findAll(Specs.eq("active", active),
                Sort.by("displayOrder", "code"));
        Map<String, List<CategoryTreeProduct>> products = new HashMap<>();
        if (includeProducts == null || includeProducts) {
            jdbc.query("SELECT id, name, code, enterprise_service_code, is_active, category_id FROM products "
                    + "WHERE category_id IS NOT NULL AND deleted_at IS NULL AND is_active = ? ORDER BY code, name",
                    rs -> {
                        products.computeIfAbsent(rs.getString("category_id"), k -> new ArrayList<>())
                                .add(new CategoryTreeProduct(rs.getString("id"), rs.getString("name"),
                                        rs.getString("code"), rs.getString("enterprise_service_code"),
                                        rs.getBoolean("is_active")));
                    }, active);
        }
        Map<String, CategoryNode> nodes = new LinkedHashMap<>();
        all.forEach(c -> nodes.put(c.getId(), CategoryMapper.toNode(c,
                products.getOrDefault(c.getId(), List.of()))));
        List<CategoryNode> roots = new ArrayList<>();
        for (ProductCategory c : all) {
            CategoryNode parent = c.parentId == null ? null : nodes.get(c.parentId);
            if (parent == null) {
                roots.add(nodes.get(c.getId()));
            } else {
                parent.children().add(nodes.get(c.getId()));
            }
        }
        return new CategoryTree(roots);
    }

    /** Names of categories by id (for other features' responses). */
    @Transactional(readOnly = true)
    public Map<String, String> names(List<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        return categories.findAllById(wanted).stream()
                .collect(Collectors.toMap(ProductCategory::getId, ProductCategory::getName, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return categories.existsById(id);
    }

    private CategoryResponse response(ProductCategory c) {
        return CategoryMapper.toResponse(c, c.parentId == null ? null : names(List.of(c.parentId)).get(c.parentId));
    }

    private void requireParent(String parentId) {
        if (!categories.existsById(parentId)) {
            throw ValidationException.of("parent_id", "parent category does not exist");
        }
    }

    /** A new parent must exist and must not be the category itself or one of its descendants. */
    private void checkNoCycle(String id, String newParentId) {
        Set<String> seen = new HashSet<>();
        Map<String, ProductCategory> byId = categories.findAll().stream()
                .collect(Collectors.toMap(ProductCategory::getId, Function.identity()));
        String cursor = newParentId;
        if (!byId.containsKey(cursor)) {
            throw ValidationException.of("parent_id", "parent category does not exist");
        }
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(id)) {
                throw new ConflictException("A category cannot be moved under itself or its descendants");
            }
            ProductCategory p = byId.get(cursor);
            cursor = p == null ? null : p.parentId;
        }
    }
}
