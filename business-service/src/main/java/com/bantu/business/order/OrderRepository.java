package com.bantu.business.order;

import com.bantu.common.persistence.BaseRepository;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderRepository extends BaseRepository<Order> {

    boolean existsByOrderNumber(String orderNumber);

    Optional<Order> findByOpportunityId(String opportunityId);

    /** The order row locked until the transaction ends: item changes and totals are serialized per order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> lockById(@Param("id") String id);
}
