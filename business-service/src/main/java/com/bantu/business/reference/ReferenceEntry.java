package com.bantu.business.reference;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.MappedSuperclass;

/** A bilingual reference row (customer level, follow-up status): code, Chinese and Indonesian names, order. */
@MappedSuperclass
public abstract class ReferenceEntry extends BaseEntity {

    String code;
    String nameZh;
    String nameId;
    String descriptionZh;
    String descriptionId;
    int sortOrder;
    boolean isActive = true;

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
