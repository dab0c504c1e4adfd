package com.bantu.foundation.role;

/** The short form embedded in user responses. */
public record RoleInfo(String id, String code, String name) {

    public static RoleInfo of(Role r) {
        return new RoleInfo(r.getId(), r.getCode(), r.getName());
    }
}
