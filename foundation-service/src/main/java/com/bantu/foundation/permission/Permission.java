package com.bantu.foundation.permission;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One row of the permission catalogue: {@code code} = {@code resource_type.action} ({@code customer.view}). */
@Entity
@Table(name = "permissions")
public class Permission extends BaseEntity {

    @Column(nullable = false, updatable = false, length = 100)
    String code;
    @Column(nullable = false)
    String nameZh;
    @Column(nullable = false)
    String nameId;
    String descriptionZh;
    String descriptionId;
    @Column(nullable = false, length = 50)
    String resourceType;
    @Column(nullable = false, length = 50)
    String action;
    int displayOrder;
    @Column(name = "is_active", nullable = false)
    boolean active = true;

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameId() {
        return nameId;
    }

    public String getResourceType() {
        return resourceType;
    }

    public String getAction() {
        return action;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public boolean isActive() {
        return active;
    }
}
