package com.bantu.foundation.permission;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import com.bantu.foundation.role.RoleService;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The permission catalogue and role grants (the SPA's role page). Reads: ADMIN or permission.view; writes: ADMIN. */
@Tag(name = "permissions")
@RestController
@RequestMapping("/api/foundation/permissions")
public class PermissionController {

    private final PermissionService service;
    private final RoleService roles;

    public PermissionController(PermissionService service, RoleService roles) {
        this.service = service;
        this.roles = roles;
    }

    @GetMapping
    @PreAuthorize(Roles.PERMISSION_VIEW)
    public ApiResponse<List<PermissionResponse>> list(
            @RequestParam(name = "resource_type", required = false) String resourceType,
            @RequestParam(name = "is_active", required = false) Boolean isActive) {
        return ApiResponse.ok(service.list(resourceType, isActive));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.PERMISSION_VIEW)
    public ApiResponse<PermissionResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.PERMISSION_MANAGE)
    public ApiResponse<PermissionResponse> create(@Valid @RequestBody CreatePermissionRequest req) {
        return ApiResponse.ok("权限创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.PERMISSION_MANAGE)
    public ApiResponse<PermissionResponse> update(@PathVariable String id,
                                                  @Valid @RequestBody UpdatePermissionRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("权限更新成功", service.update(id, req));
    }

    @GetMapping("/roles/{roleId}")
    @PreAuthorize(Roles.PERMISSION_VIEW)
    public ApiResponse<List<PermissionResponse>> rolePermissions(@PathVariable String roleId) {
        return ApiResponse.ok(roles.permissions(roleId));
    }

    @PostMapping("/roles/{roleId}/assign")
    @PreAuthorize(Roles.PERMISSION_MANAGE)
    public ApiResponse<Void> assign(@PathVariable String roleId, @Valid @RequestBody AssignPermissionsRequest req) {
        AuditChanges.members("permissions", () -> roles.permissions(roleId));
        roles.assignPermissions(roleId, req.permissionIds());
        return ApiResponse.ok("角色权限分配成功", null);
    }

    @GetMapping("/users/{userId}/info")
    @PreAuthorize(Roles.PERMISSION_VIEW)
    public ApiResponse<UserPermissions> userInfo(@PathVariable String userId) {
        return ApiResponse.ok(roles.userPermissions(userId));
    }
}
