package com.bantu.servicemanagement.dependency;

import com.bantu.common.persistence.BaseRepository;

public interface ProductDependencyRepository extends BaseRepository<ProductDependency> {

    boolean existsByProductIdAndDependsOnProductId(String productId, String dependsOnProductId);
}
