package com.bantu.servicemanagement.dependency;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** "{@code productId} depends on {@code dependsOnProductId}": the prerequisite must be ordered (or held) first. */
@Entity
@Table(name = "product_dependencies")
public class ProductDependency extends BaseEntity {

    String productId;
    String dependsOnProductId;
    String dependencyType = "required";
    String description;
}
