package com.bantu.servicemanagement.industry;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A customer industry (reference data, seeded; bilingual names). */
@Entity
@Table(name = "industries")
public class Industry extends BaseEntity {

    String code;
    String nameZh;
    String nameId;
    String descriptionZh;
    String descriptionId;
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
