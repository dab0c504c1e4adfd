package com.bantu.finance.payment;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentRepository extends JpaRepository<Payment, String>, JpaSpecificationExecutor<Payment> {

    Optional<Payment> findByCreatedByAndIdempotencyKey(String createdBy, String idempotencyKey);

    boolean existsByTransactionId(String transactionId);

    List<Payment> findByPaymentStageIdOrderByCreatedAtDesc(String stageId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.id = :id")
    Optional<Payment> lockById(@Param("id") String id);

    /** Confirmed receipts minus confirmed refunds of a stage (one indexed aggregate). */
    @Query("select coalesce(sum(case when p.paymentType = 'refund' then -p.amount else p.amount end), 0) "
            + "from Payment p where p.paymentStageId = :stageId and p.status = 'confirmed'")
    BigDecimal confirmedNet(@Param("stageId") String stageId);

    @Query("select count(p) from Payment p where p.paymentStageId = :stageId and p.status = 'confirmed'")
    long countConfirmedByStage(@Param("stageId") String stageId);

    @Query("select count(p) from Payment p where p.paymentStageId = :stageId and p.status = 'confirmed' "
            + "and p.paymentType = 'refund'")
    long countConfirmedRefundsByStage(@Param("stageId") String stageId);

    @Query("select count(p) from Payment p where p.orderId = :orderId and p.status = 'confirmed'")
    long countConfirmedByOrder(@Param("orderId") String orderId);

    @Query("select coalesce(sum(case when p.paymentType = 'refund' then -p.amount else p.amount end), 0) "
            + "from Payment p where p.orderId = :orderId and p.status = 'confirmed'")
    BigDecimal confirmedNetByOrder(@Param("orderId") String orderId);

    @Query("select count(p) from Payment p where p.orderId = :orderId and p.status <> 'cancelled'")
    long countOpenByOrder(@Param("orderId") String orderId);

    @Query("select count(p) from Payment p where p.paymentStageId = :stageId and p.status <> 'cancelled'")
    long countOpenByStage(@Param("stageId") String stageId);

    /** {@code [id, payment_stage_id]} of a payment without loading (and so without caching) the entity. */
    @Query("select p.id, p.paymentStageId from Payment p where p.id = :id")
    List<Object[]> stageIdOf(@Param("id") String id);
}
