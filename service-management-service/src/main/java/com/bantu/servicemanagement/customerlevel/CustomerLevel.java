package com.bantu.servicemanagement.customerlevel;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Read-only copy of business-service's customer levels (same seeded codes and names). No API edits levels, so the
 * copies change only through a migration in both services; this one exists to name a customer's {@code level}
 * without a remote call.
 */
@Entity
@Table(name = "customer_levels")
public class CustomerLevel extends BaseEntity {

    String code;
    String nameZh;
    String nameId;
    int sortOrder;
    @Column(name = "is_active")
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
}
