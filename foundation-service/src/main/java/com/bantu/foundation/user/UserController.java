package com.bantu.foundation.user;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.error.ErrorKey;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.security.CurrentUser;
import com.bantu.common.security.Roles;
import com.bantu.foundation.auth.AuthService;
import com.bantu.foundation.config.AccessExpressions;
import com.bantu.foundation.role.RoleResponse;
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

@Tag(name = "users")
@RestController
@RequestMapping("/api/foundation/users")
public class UserController {

    private final UserService service;
    private final AuthService auth;
    private final AccessExpressions access;

    public UserController(UserService service, AuthService auth, AccessExpressions access) {
        this.service = service;
        this.auth = auth;
        this.access = access;
    }

    /**
     * Full records to ADMIN and holders of {@code user.update} ({@link Roles#USER_DETAILS}); the picker projection
     * (id, username, display_name) to holders of {@code user.list}; 403 to everyone else (AGENT, no role).
     * {@code include_deleted=true} is ADMIN only.
     */
    @GetMapping
    @PreAuthorize(Roles.USER_LIST)
    public ApiResponse<RecordsPage<?>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String username,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(name = "role_id", required = false) String roleId,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted) {
        if (includeDeleted && !access.allows(Roles.ADMIN)) {
            throw new ForbiddenException(ErrorKey.FORBIDDEN.message());
        }
        var filter = new UserService.Filter(email, username, organizationId, roleId, isActive, includeDeleted);
        if (access.allows(Roles.USER_DETAILS)) {
            return ApiResponse.ok(service.list(filter, PageQuery.of(page, size)));
        }
        return ApiResponse.ok(service.pickerList(filter, PageQuery.of(page, size)));
    }

    @GetMapping("/{id}")
    public ApiResponse<UserResponse> get(@PathVariable String id) {
        requireSelfOrDetails(id);
        return ApiResponse.ok(service.get(id));
    }

    /** A user's own record, or anyone's with {@link Roles#USER_DETAILS}. */
    private void requireSelfOrDetails(String id) {
        if (!CurrentUser.id().equals(id) && !access.allows(Roles.USER_DETAILS)) {
            throw new ForbiddenException(ErrorKey.FORBIDDEN.message());
        }
    }

    @PostMapping
    @PreAuthorize(Roles.USER_CREATE)
    public ApiResponse<UserResponse> create(@Valid @RequestBody CreateUserRequest req) {
        return ApiResponse.ok("用户创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.USER_UPDATE)
    public ApiResponse<UserResponse> update(@PathVariable String id, @Valid @RequestBody UpdateUserRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("用户更新成功", service.update(id, req, CurrentUser.id()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.USER_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id, CurrentUser.id());
        return ApiResponse.ok("用户已删除", null);
    }

    @PutMapping("/{id}/restore")
    @PreAuthorize(Roles.USER_DELETE)
    public ApiResponse<UserResponse> restore(@PathVariable String id) {
        AuditChanges.restored(() -> service.get(id)); // get sees a deleted user
        return ApiResponse.ok("用户已恢复", service.restore(id));
    }

    @PutMapping("/{id}/password")
    public ApiResponse<Void> changePassword(@PathVariable String id, @Valid @RequestBody ChangePasswordRequest req) {
        service.changePassword(id, CurrentUser.id(), req.oldPassword(), req.newPassword());
        return ApiResponse.ok("密码修改成功", null);
    }

    @PostMapping("/{id}/reset-password")
    @PreAuthorize(Roles.USER_UPDATE)
    public ApiResponse<Void> resetPassword(@PathVariable String id, @Valid @RequestBody ResetPasswordRequest req) {
        auth.clearLockout(service.resetPassword(id, req.newPassword()));
        return ApiResponse.ok("密码已重置", null);
    }

    @GetMapping("/{id}/roles")
    public ApiResponse<List<RoleResponse>> roles(@PathVariable String id) {
        requireSelfOrDetails(id);
        return ApiResponse.ok(service.roles(id));
    }

    @PostMapping("/{userId}/roles/{roleId}")
    @PreAuthorize(Roles.ROLE_ASSIGN)
    public ApiResponse<List<RoleResponse>> assignRole(@PathVariable String userId, @PathVariable String roleId) {
        AuditChanges.members("roles", () -> service.roles(userId));
        return ApiResponse.ok("角色已分配", service.assignRole(userId, roleId));
    }

    @DeleteMapping("/{userId}/roles/{roleId}")
    @PreAuthorize(Roles.ROLE_ASSIGN)
    public ApiResponse<List<RoleResponse>> removeRole(@PathVariable String userId, @PathVariable String roleId) {
        AuditChanges.members("roles", () -> service.roles(userId));
        return ApiResponse.ok("角色已移除", service.removeRole(userId, roleId, CurrentUser.id()));
    }
}
