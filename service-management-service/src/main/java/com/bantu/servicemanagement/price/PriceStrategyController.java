package com.bantu.servicemanagement.price;

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

/** Price strategies (S10–S14): read by every signed-in user, written by catalogue administrators. */
@Tag(name = "prices")
@RestController
@RequestMapping("/api/service-management/prices")
@PreAuthorize(Roles.PRODUCT_VIEW)
public class PriceStrategyController {

    private final PriceStrategyService service;

    public PriceStrategyController(PriceStrategyService service) {
        this.service = service;
    }

    /** Records-page ({@code {records, total, size, current, pages}}), default size 10. */
    @GetMapping
    public ApiResponse<RecordsPage<PriceStrategyResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "product_id", required = false) String productId,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(name = "price_type", required = false) String priceType,
            @RequestParam(required = false) String currency,
            @RequestParam(name = "is_approved", required = false) Boolean isApproved) {
        return ApiResponse.ok(service.list(new PriceStrategyService.Filter(productId, organizationId, priceType,
                currency, isApproved), PageQuery.of(page, size)));
    }

    @GetMapping("/history/{productId}")
    public ApiResponse<List<PriceHistoryEntry>> history(@PathVariable String productId) {
        return ApiResponse.ok(service.history(productId));
    }

    @PostMapping
    @PreAuthorize(Roles.PRODUCT_CREATE)
    public ApiResponse<PriceStrategyResponse> create(@Valid @RequestBody CreatePriceStrategyRequest req) {
        return ApiResponse.ok("价格创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<PriceStrategyResponse> update(@PathVariable String id,
                                                     @Valid @RequestBody UpdatePriceStrategyRequest req) {
        return ApiResponse.ok("价格更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        service.delete(id);
        return ApiResponse.ok("价格已删除", null);
    }
}
