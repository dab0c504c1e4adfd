package com.bantu.servicemanagement.support;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A seeded reference row with bilingual names (industries, the copy of customer levels): same columns in each table
 * ({@code code} unique, {@code name_zh}, {@code name_id}, {@code description_zh}, {@code description_id},
 * {@code sort_order}, {@code is_active}). Changed only by migrations; read through {@link ReferenceReads}.
 */
@MappedSuperclass
public abstract class ReferenceEntity extends BaseEntity {

    private String code;
    private String nameZh;
    private String nameId;
    private String descriptionZh;
    private String descriptionId;
    private int sortOrder;
    @Column(name = "is_active")
    private boolean active = true;

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameId() {
        return nameId;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public String getDescriptionId() {
        return descriptionId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    /** The name in {@code lang} ({@code id} → Indonesian, anything else Chinese). */
    public String nameIn(String lang) {
        return "id".equals(lang) ? nameId : nameZh;
    }
}
