package com.bantu.foundation.permission;

import java.util.List;

/** A user's permissions (union over their roles). Menus are not kept by this port: always empty. */
public record UserPermissions(List<PermissionInfo> permissions, List<Object> menus) {
}
