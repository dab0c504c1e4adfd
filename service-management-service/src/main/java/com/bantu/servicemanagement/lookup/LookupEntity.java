package com.bantu.servicemanagement.lookup;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** The shape shared by customer sources and customer channels: code, name, description, order, active flag. */
@MappedSuperclass
public abstract class LookupEntity extends BaseEntity {

    String code;
    String name;
    String nameZh;
    String nameId;
    String description;
    int displayOrder;
    @Column(name = "is_active")
    boolean active = true;

    public String getName() {
        return name;
    }
}
