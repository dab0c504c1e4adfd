package com.bantu.servicemanagement.category;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "product categories")
@RestController
@RequestMapping("/api/service-management/categories")
@PreAuthorize(Roles.PRODUCT_VIEW)
public class CategoryController {

    private final CategoryService service;

    public CategoryController(CategoryService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<ItemsPage<CategoryResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(name = "parent_id", required = false) String parentId,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "sort_by", required = false) String sortBy,
            @RequestParam(name = "sort_order", required = false) String sortOrder) {
        return ApiResponse.ok(service.list(new CategoryService.Filter(code, name, parentId, isActive),
                PageQuery.of(page, size), sortBy, sortOrder));
    }

    @GetMapping("/tree")
    public ApiResponse<CategoryTree> tree(
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "include_products", required = false) Boolean includeProducts) {
        return ApiResponse.ok(service.tree(isActive, includeProducts));
    }

    @GetMapping("/{id}")
    public ApiResponse<CategoryResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.PRODUCT_CREATE)
    public ApiResponse<CategoryResponse> create(
            @Valid @RequestBody CreateCategoryRequest req) {
        return ApiResponse.ok("分类创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<CategoryResponse> update(@PathVariable String id, @Valid @RequestBody UpdateCategoryRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("分类更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("分类已删除", null);
    }
}
