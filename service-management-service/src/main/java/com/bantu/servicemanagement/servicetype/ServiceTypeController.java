package com.bantu.servicemanagement.servicetype;

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

@Tag(name = "service types")
@RestController
@RequestMapping("/api/service-management/service-types")
@PreAuthorize(Roles.PRODUCT_VIEW)
public class ServiceTypeController {

    private final ServiceTypeService service;

    public ServiceTypeController(ServiceTypeService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<ItemsPage<ServiceTypeResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "sort_by", required = false) String sortBy,
            @RequestParam(name = "sort_order", required = false) String sortOrder) {
        return ApiResponse.ok(service.list(new ServiceTypeService.Filter(code, name, isActive),
                PageQuery.of(page, size), sortBy, sortOrder));
    }

    @GetMapping("/code/{code}")
    public ApiResponse<ServiceTypeResponse> byCode(@PathVariable String code) {
        return ApiResponse.ok(service.byCode(code));
    }

    @GetMapping("/{id}")
    public ApiResponse<ServiceTypeResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.PRODUCT_CREATE)
    public ApiResponse<ServiceTypeResponse> create(
            @Valid @RequestBody CreateServiceTypeRequest req) {
        return ApiResponse.ok("服务类型创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_UPDATE)
    public ApiResponse<ServiceTypeResponse> update(@PathVariable String id,
                                                   @Valid @RequestBody UpdateServiceTypeRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("服务类型更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.PRODUCT_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("服务类型已删除", null);
    }
}
