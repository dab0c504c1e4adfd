package com.bantu.finance.order;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FinanceOrderRepository extends JpaRepository<FinanceOrder, String> {

    /** Serializes plan changes of one order (SELECT … FOR UPDATE on its row). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from FinanceOrder o where o.id = :id")
    Optional<FinanceOrder> lockById(@Param("id") String id);
}
