package com.bantu.servicemanagement.dependency;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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

/** Product dependencies: reads for every signed-in user, writes ADMIN. The list is a records-page (default size 20). */
@Tag(name = "product dependencies")
@RestController
@RequestMapping("/api/service-management/product-dependencies")
@PreAuthorize(Roles.SIGNED_IN)
public class ProductDependencyController {

    private final ProductDependencyService service;

    public ProductDependencyController(ProductDependencyService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<RecordsPage<ProductDependencyResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "product_id", required = false) String productId,
            @RequestParam(name = "depends_on_product_id", required = false) String dependsOnProductId,
            @RequestParam(name = "dependency_type", required = false) String dependencyType) {
        return ApiResponse.ok(service.list(new ProductDependencyService.Filter(productId, dependsOnProductId,
                dependencyType), PageQuery.of(page, size == null ? 20 : size)));
    }

    /** The prerequisites of a product. */
    @GetMapping("/{productId}")
    public ApiResponse<List<ProductDependencyResponse>> prerequisites(
            @PathVariable String productId,
            @RequestParam(name = "dependency_type", required = false) String dependencyType) {
        return ApiResponse.ok(service.prerequisites(productId, dependencyType));
    }

    /** The products that need this one first. */
    @GetMapping("/{productId}/dependents")
    public ApiResponse<List<ProductDependencyResponse>> dependents(@PathVariable String productId) {
        return ApiResponse.ok(service.dependents(productId));
    }

    @PostMapping
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<ProductDependencyResponse> create(@Valid @RequestBody CreateProductDependencyRequest req) {
        return ApiResponse.ok("产品依赖关系创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<ProductDependencyResponse> update(@PathVariable String id,
                                                         @Valid @RequestBody UpdateProductDependencyRequest req) {
        return ApiResponse.ok("产品依赖关系更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        service.delete(id);
        return ApiResponse.ok("产品依赖关系已删除", null);
    }
}
