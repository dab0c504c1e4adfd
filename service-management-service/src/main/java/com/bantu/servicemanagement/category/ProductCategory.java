package com.bantu.servicemanagement.category;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product category; categories form a tree through {@code parent_id}, siblings ordered by display order. */
@Entity
@Table(name = "product_categories")
public class ProductCategory extends BaseEntity {

    String code;
    String name;
    String parentId;
    String description;
    int displayOrder;
    @Column(name = "is_active")
    boolean active = true;

    public String getName() {
        return name;
    }
}
