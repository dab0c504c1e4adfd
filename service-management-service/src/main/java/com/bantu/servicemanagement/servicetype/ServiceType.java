package com.bantu.servicemanagement.servicetype;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kind of service (landing visa, company registration...), referenced by products and service records. */
@Entity
@Table(name = "service_types")
public class ServiceType extends BaseEntity {

    String code;
    String name;
    String nameEn;
    String description;
    int displayOrder;
    @Column(name = "is_active")
    boolean active = true;

    public String getName() {
        return name;
    }
}
