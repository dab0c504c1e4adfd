package com.bantu.foundation.role;

import com.bantu.common.error.ConflictException;
import com.bantu.foundation.role.RoleDtos.CreateRoleRequest;
import com.bantu.foundation.role.RoleDtos.RoleResponse;
import com.bantu.foundation.role.RoleDtos.UpdateRoleRequest;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RoleService {

    static final String NOT_FOUND = "角色不存在";

    private final RoleRepository roles;

    public RoleService(RoleRepository roles) {
        this.roles = roles;
    }

    @Transactional(readOnly = true)
    public List<RoleResponse> list() {
        return roles.findAllByOrderByCreatedAtDescCodeAsc().stream().map(RoleResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public RoleResponse get(String id) {
        return RoleResponse.of(roles.getOrThrow(id, NOT_FOUND));
    }

    @Transactional
    public RoleResponse create(CreateRoleRequest req) {
        String code = req.code().trim().toUpperCase();
        if (roles.existsByCode(code)) {
            throw new ConflictException("角色编码 " + code + " 已存在");
        }
        Role r = new Role();
        r.setCode(code);
        r.setName(req.name().trim());
        r.setDescription(req.description());
        r.setPermissions(req.permissions());
        return RoleResponse.of(roles.saveAndFlush(r));
    }

    @Transactional
    public RoleResponse update(String id, UpdateRoleRequest req) {
        Role r = roles.getOrThrow(id, NOT_FOUND);
        r.setName(req.name().trim());
        r.setDescription(req.description());
        if (req.permissions() != null) {
            r.setPermissions(req.permissions());
        }
        return RoleResponse.of(roles.saveAndFlush(r));
    }

    @Transactional
    public void delete(String id) {
        Role r = roles.getOrThrow(id, NOT_FOUND);
        if (Role.PRESET.contains(r.getCode())) {
            throw new ConflictException("预设角色 " + r.getCode() + " 不可删除");
        }
        if (roles.countAssignments(id) > 0) {
            throw new ConflictException("角色 " + r.getCode() + " 仍被用户使用，不可删除");
        }
        roles.delete(r);
    }
}
