package com.bantu.servicemanagement.contact;

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

@Tag(name = "contacts")
@RestController
@RequestMapping("/api/service-management/contacts")
@PreAuthorize(Roles.CUSTOMER_VIEW)
public class ContactController {

    private final ContactService service;

    public ContactController(ContactService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<ItemsPage<ContactResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "customer_id", required = false) String customerId,
            @RequestParam(name = "is_primary", required = false) Boolean isPrimary,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "sort_by", required = false) String sortBy,
            @RequestParam(name = "sort_order", required = false) String sortOrder) {
        return ApiResponse.ok(service.list(new ContactService.Filter(customerId, isPrimary, isActive),
                PageQuery.of(page, size), sortBy, sortOrder));
    }

    @GetMapping("/customers/{customerId}/contacts")
    public ApiResponse<ItemsPage<ContactResponse>> byCustomer(
            @PathVariable String customerId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "is_primary", required = false) Boolean isPrimary,
            @RequestParam(name = "is_active", required = false) Boolean isActive) {
        return ApiResponse.ok(service.byCustomer(customerId, isPrimary, isActive, PageQuery.of(page, size)));
    }

    @GetMapping("/{id}")
    public ApiResponse<ContactResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.CUSTOMER_UPDATE)
    public ApiResponse<ContactResponse> create(
            @Valid @RequestBody CreateContactRequest req) {
        return ApiResponse.ok("联系人创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CUSTOMER_UPDATE)
    public ApiResponse<ContactResponse> update(@PathVariable String id, @Valid @RequestBody UpdateContactRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("联系人更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.CUSTOMER_UPDATE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("联系人已删除", null);
    }
}
