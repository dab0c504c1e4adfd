package com.bantu.servicemanagement.lookup;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /customer-sources} and {@code /customer-channels}: the same endpoints over two tables, one subclass each. */
public abstract class LookupController {

    private final LookupService<?> service;
    private final String label;

    LookupController(LookupService<?> service, String label) {
        this.service = service;
        this.label = label;
    }

    /**
     * Two shapes, chosen by the query: without {@code page} and {@code size} a plain array of the active entries
     * (the current web client sorts {@code data} itself); with either of them the items-page the seed-era client
     * and the tests read. {@code lang=zh|id} picks the name in that language where one is set.
     */
    @GetMapping
    public ApiResponse<?> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(required = false) String lang,
            @RequestParam(name = "sort_by", required = false) String sortBy,
            @RequestParam(name = "sort_order", required = false) String sortOrder) {
        if (page == null && size == null) {
            return ApiResponse.ok(service.all(isActive, lang));
        }
        return ApiResponse.ok(service.list(isActive, PageQuery.of(page, size), sortBy, sortOrder));
    }

    @GetMapping("/{id}")
    public ApiResponse<LookupResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.REFERENCE_MANAGE)
    public ApiResponse<LookupResponse> create(
            @Valid @RequestBody CreateLookupRequest req) {
        return ApiResponse.ok(label + "创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.REFERENCE_MANAGE)
    public ApiResponse<LookupResponse> update(@PathVariable String id, @Valid @RequestBody UpdateLookupRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok(label + "更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.REFERENCE_MANAGE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok(label + "已删除", null);
    }
}
