package com.bantu.servicemanagement.category;

import com.bantu.common.persistence.BaseRepository;

public interface ProductCategoryRepository extends BaseRepository<ProductCategory> {

    boolean existsByCode(String code);

    boolean existsByParentId(String parentId);
}
