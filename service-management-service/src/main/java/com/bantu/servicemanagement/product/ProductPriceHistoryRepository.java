package com.bantu.servicemanagement.product;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface ProductPriceHistoryRepository extends BaseRepository<ProductPriceHistory> {

    List<ProductPriceHistory> findByProductIdOrderByChangedAtDescPriceFieldAsc(String productId);
}
