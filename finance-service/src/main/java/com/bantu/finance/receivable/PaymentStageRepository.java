package com.bantu.finance.receivable;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentStageRepository extends JpaRepository<PaymentStage, String>,
        JpaSpecificationExecutor<PaymentStage> {

    List<PaymentStage> findByOrderIdOrderByStageNumber(String orderId);

    /** SELECT … FOR UPDATE: every change of a stage's balance holds this row lock until its transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from PaymentStage s where s.id = :id")
    Optional<PaymentStage> lockById(@Param("id") String id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from PaymentStage s where s.orderId = :orderId order by s.stageNumber")
    List<PaymentStage> lockByOrderId(@Param("orderId") String orderId);
}
