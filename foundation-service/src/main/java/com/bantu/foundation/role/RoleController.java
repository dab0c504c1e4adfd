package com.bantu.foundation.role;

import com.bantu.common.api.ApiResponse;
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
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "roles")
@RestController
@RequestMapping("/api/foundation/roles")
public class RoleController {

    private final RoleService service;

    public RoleController(RoleService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<List<RoleResponse>> list() {
        return ApiResponse.ok(service.list());
    }

    @GetMapping("/{id}")
    public ApiResponse<RoleResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.ROLE_CREATE)
    public ApiResponse<RoleResponse> create(@Valid @RequestBody CreateRoleRequest req) {
        return ApiResponse.ok("角色创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.ROLE_UPDATE)
    public ApiResponse<RoleResponse> update(@PathVariable String id, @Valid @RequestBody UpdateRoleRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("角色更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.ROLE_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("角色删除成功", null);
    }
}
