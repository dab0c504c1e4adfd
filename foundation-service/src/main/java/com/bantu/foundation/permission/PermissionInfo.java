package com.bantu.foundation.permission;

/** The short form in a user's permission info. */
public record PermissionInfo(String id, String code, String nameZh, String nameId, String resourceType,
                             String action) {

    public static PermissionInfo of(Permission p) {
        return new PermissionInfo(p.getId(), p.code, p.nameZh, p.nameId, p.resourceType, p.action);
    }
}
