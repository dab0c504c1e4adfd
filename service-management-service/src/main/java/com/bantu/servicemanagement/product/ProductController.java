package com.bantu.servicemanagement.product;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
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

@Tag(name = "products")
@RestController
@RequestMapping("/api/service-management/products")
@PreAuthorize(Roles.PRODUCT_VIEW)
public class ProductController {

    private final ProductService service;

    public ProductController(ProductService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<ItemsPage<ProductResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String code,
            @RequestParam(name = "category_id", required = false) String categoryId,
            @RequestParam(name = "service_type", required = false) String serviceType,
            @RequestParam(name = "service_subtype", required = false) String serviceSubtype,
            @RequestParam(required = false) String status,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted,
            @RequestParam(name = "sort_by", required = false) String sortBy,
            @RequestParam(name = "sort_order", required = false) String sortOrder) {
        return ApiResponse.ok(service.list(new ProductService.Filter(name, code, categoryId, serviceType,
                serviceSubtype, status, isActive, includeDeleted), PageQuery.of(page, size), sortBy, sortOrder));
    }

    @GetMapping("/vendors/{vendorId}")
    public ApiResponse<ItemsPage<VendorProductResponse>> byVendor(
            @PathVariable String vendorId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "is_available", required = false) Boolean isAvailable,
            @RequestParam(name = "is_primary", required = false) Boolean isPrimary) {
        return ApiResponse.ok(service.byVendor(vendorId, new ProductService.VendorFilter(isAvailable, isPrimary),
                PageQuery.of(page, size)));
    }

    @GetMapping("/{id}")
    public ApiResponse<ProductResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.PRODUCT_CREATE)
    public ApiResponse<ProductResponse> create(
            @Valid @RequestBody CreateProductRequest req) {
        return ApiResponse.ok("产品创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<ProductResponse> update(@PathVariable String id, @Valid @RequestBody UpdateProductRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("产品更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("产品已删除", null);
    }

    @PutMapping("/{id}/restore")
    @PreAuthorize(Roles.PRODUCT_DELETE)
    public ApiResponse<ProductResponse> restore(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("产品已恢复", service.restore(id));
    }

    @GetMapping("/{id}/price-history")
    public ApiResponse<List<PriceHistoryResponse>> priceHistory(@PathVariable String id) {
        return ApiResponse.ok(service.priceHistory(id));
    }

    @GetMapping("/{id}/vendors")
    public ApiResponse<List<VendorProductResponse>> vendors(@PathVariable String id) {
        return ApiResponse.ok(service.vendors(id));
    }

    @PostMapping("/{id}/vendors")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<VendorProductResponse> addVendor(
            @PathVariable String id, @Valid @RequestBody CreateVendorProductRequest req) {
        return ApiResponse.ok("供应商产品已添加", service.addVendor(id, req));
    }

    @PutMapping("/{id}/vendors/{vendorProductId}")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<VendorProductResponse> updateVendor(@PathVariable String id,
                                                           @PathVariable String vendorProductId,
                                                           @Valid @RequestBody UpdateVendorProductRequest req) {
        AuditChanges.before(() -> service.vendor(id, vendorProductId));
        return ApiResponse.ok("供应商产品已更新", service.updateVendor(id, vendorProductId, req));
    }

    @DeleteMapping("/{id}/vendors/{vendorProductId}")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<Void> removeVendor(@PathVariable String id, @PathVariable String vendorProductId) {
        AuditChanges.before(() -> service.vendor(id, vendorProductId));
        service.removeVendor(id, vendorProductId);
        return ApiResponse.ok("供应商产品已删除", null);
    }
}
