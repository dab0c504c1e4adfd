package com.bantu.foundation.organization;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.error.ErrorKey;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.security.Roles;
import com.bantu.foundation.config.AccessExpressions;
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

@Tag(name = "organizations")
@RestController
@RequestMapping("/api/foundation/organizations")
public class OrganizationController {

    private final OrganizationService service;
    private final AccessExpressions access;

    public OrganizationController(OrganizationService service, AccessExpressions access) {
        this.service = service;
        this.access = access;
    }

    /** Confidential figures only for {@link Roles#ORGANIZATION_DETAILS}; deleted organizations only for ADMIN. */
    private OrganizationResponse visible(OrganizationResponse o) {
        return access.allows(Roles.ORGANIZATION_DETAILS) ? o : o.withoutConfidential();
    }

    @GetMapping
    public ApiResponse<RecordsPage<OrganizationResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String code,
            @RequestParam(name = "organization_type", required = false) String organizationType,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "parent_id", required = false) String parentId,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted) {
        if (includeDeleted && !access.allows(Roles.ADMIN)) {
            throw new ForbiddenException(ErrorKey.FORBIDDEN.message());
        }
        RecordsPage<OrganizationResponse> result = service.list(
                new OrganizationService.Filter(name, code, organizationType, isActive, parentId, includeDeleted),
                PageQuery.of(page, size));
        if (access.allows(Roles.ORGANIZATION_DETAILS)) {
            return ApiResponse.ok(result);
        }
        return ApiResponse.ok(new RecordsPage<>(result.records().stream().map(OrganizationResponse::withoutConfidential)
                .toList(), result.total(), result.size(), result.current(), result.pages()));
    }

    @GetMapping("/tree")
    public ApiResponse<List<TreeNode>> tree() {
        return ApiResponse.ok(service.tree());
    }

    @GetMapping("/{id}")
    public ApiResponse<OrganizationResponse> get(@PathVariable String id) {
        return ApiResponse.ok(visible(service.get(id)));
    }

    @GetMapping("/{id}/employees")
    @PreAuthorize(Roles.ORGANIZATION_DETAILS)
    public ApiResponse<List<EmployeeResponse>> employees(@PathVariable String id) {
        return ApiResponse.ok(service.employees(id));
    }

    @PostMapping
    @PreAuthorize(Roles.ORGANIZATION_CREATE)
    public ApiResponse<OrganizationResponse> create(@Valid @RequestBody CreateOrganizationRequest req) {
        return ApiResponse.ok("组织创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.ORGANIZATION_UPDATE)
    public ApiResponse<OrganizationResponse> update(@PathVariable String id,
                                                    @Valid @RequestBody UpdateOrganizationRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("组织更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.ORGANIZATION_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("组织已删除", null);
    }

    @PutMapping("/{id}/restore")
    @PreAuthorize(Roles.ORGANIZATION_DELETE)
    public ApiResponse<OrganizationResponse> restore(@PathVariable String id) {
        AuditChanges.restored(() -> service.get(id)); // get sees a deleted organization
        return ApiResponse.ok("组织已恢复", service.restore(id));
    }
}
