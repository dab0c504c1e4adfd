package com.bantu.servicemanagement.supplier;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Suppliers (vendor organizations) and what they offer: read by ADMIN and OPERATION, changed by ADMIN. */
@Tag(name = "suppliers")
@RestController
@RequestMapping("/api/service-management/suppliers")
@PreAuthorize(Roles.VENDOR_VIEW)
public class SupplierController {

    private final SupplierService service;

    public SupplierController(SupplierService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<ItemsPage<SupplierResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String code,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "is_locked", required = false) Boolean isLocked) {
        return ApiResponse.ok(service.list(new SupplierService.Filter(name, code, isActive, isLocked),
                PageQuery.of(page, size)));
    }

    @GetMapping("/{id}")
    public ApiResponse<SupplierResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @GetMapping("/{id}/services")
    public ApiResponse<ItemsPage<SupplierServiceResponse>> services(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "is_available", required = false) Boolean isAvailable) {
        return ApiResponse.ok(service.services(id, isAvailable, PageQuery.of(page, size == null ? 20 : size)));
    }

    @GetMapping("/{id}/services/{productId}/prices")
    public ApiResponse<List<PriceHistoryItem>> prices(@PathVariable String id, @PathVariable String productId) {
        return ApiResponse.ok(service.prices(id, productId));
    }

    /** S6: link products to the supplier (ADMIN). */
    @PostMapping("/{id}/products/batch")
    @PreAuthorize(Roles.VENDOR_UPDATE)
    public ApiResponse<SupplierProductsResult> addProducts(@PathVariable String id,
                                                           @Valid @RequestBody SupplierProductsRequest req) {
        AuditChanges.state(() -> service.offers(id));
        SupplierProductsResult result = service.addProducts(id, req);
        return ApiResponse.ok("批量添加完成：成功 " + result.successCount() + "，失败 " + result.failedCount(), result);
    }

    /**
     * S7: many offers' prices and flags, effective at once (ADMIN). {@code effective_from} in the query is accepted
     * and ignored: batch changes always apply immediately (a future price is set one product at a time).
     */
    @PutMapping("/{id}/products/batch-prices")
    @PreAuthorize(Roles.VENDOR_UPDATE)
    public ApiResponse<SupplierPricesResult> updatePrices(
            @PathVariable String id,
            @RequestParam(name = "effective_from", required = false) String effectiveFrom,
            @Valid @RequestBody SupplierPricesRequest req) {
        AuditChanges.state(() -> service.offers(id));
        SupplierPricesResult result = service.updatePrices(id, req);
        return ApiResponse.ok("批量更新完成：成功 " + result.successCount() + "，失败 " + result.failedCount(), result);
    }

    /** S8: one offer's cost prices, now or from a future {@code effective_from} (ADMIN). */
    @PutMapping("/{id}/services/{productId}/price")
    @PreAuthorize(Roles.VENDOR_UPDATE)
    public ApiResponse<PriceChangeResult> changePrice(@PathVariable String id, @PathVariable String productId,
                                                      @RequestBody(required = false) Map<String, Object> body) {
        AuditChanges.state(() -> service.offers(id));
        PriceChangeResult result = service.changePrice(id, productId, body);
        return ApiResponse.ok(result.message(), result);
    }

    @GetMapping("/{id}/products/existing")
    public ApiResponse<List<String>> existingProducts(@PathVariable String id) {
        return ApiResponse.ok(service.existingProducts(id));
    }
}
