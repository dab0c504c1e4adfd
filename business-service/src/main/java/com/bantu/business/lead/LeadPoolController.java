package com.bantu.business.lead;

import com.bantu.business.lead.LeadPoolService.PoolRequest;
import com.bantu.business.lead.LeadPoolService.PoolResponse;
import com.bantu.business.lead.LeadPoolService.PoolUpdate;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "lead-pools")
@RestController
@RequestMapping({"/api/business/lead-pools", "/api/order-workflow/lead-pools"})
@PreAuthorize(Roles.LEAD_VIEW)
public class LeadPoolController {

    private final LeadPoolService service;

    public LeadPoolController(LeadPoolService service) {
        this.service = service;
    }

    /** The caller's organization's pools (ADMIN: all, or {@code organization_id}); plain array by name. */
    @GetMapping
    public ApiResponse<List<PoolResponse>> list(@RequestParam(name = "organization_id", required = false)
                                                String organizationId,
                                                @RequestParam(name = "is_active", required = false) Boolean isActive) {
        return ApiResponse.ok(service.list(organizationId, isActive));
    }

    @GetMapping("/{id}")
    public ApiResponse<PoolResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ADMIN)
    public ApiResponse<PoolResponse> create(@Valid @RequestBody PoolRequest r) {
        return ApiResponse.ok("线索池创建成功", service.create(r));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.ADMIN)
    public ApiResponse<PoolResponse> update(@PathVariable String id, @Valid @RequestBody PoolUpdate r) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok(service.update(id, r));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.ADMIN)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("线索池已删除", null);
    }
}
