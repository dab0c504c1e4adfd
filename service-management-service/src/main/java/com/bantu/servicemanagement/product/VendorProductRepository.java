package com.bantu.servicemanagement.product;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VendorProductRepository extends BaseRepository<VendorProduct> {

    boolean existsByVendorIdAndProductId(String vendorId, String productId);

    List<VendorProduct> findByProductIdOrderByCreatedAtAsc(String productId);

    /** Clears the primary flag of every other vendor of the product (run before a new primary is flushed). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update VendorProduct v set v.isPrimary = false, v.primaryProductId = null "
            + "where v.productId = :productId and v.id <> :keepId and v.isPrimary = true")
    int clearPrimary(@Param("productId") String productId, @Param("keepId") String keepId);
}
