package com.bantu.finance.collection;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CollectionTaskRepository extends JpaRepository<CollectionTask, String>,
        JpaSpecificationExecutor<CollectionTask> {

    List<CollectionTask> findByOrderIdOrderByDueDateDescCreatedAtDesc(String orderId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from CollectionTask t where t.id = :id")
    Optional<CollectionTask> lockById(@Param("id") String id);

    @Query("select t from CollectionTask t where t.paymentStageId = :stageId and t.status in ('pending', 'in_progress')")
    List<CollectionTask> openByStage(@Param("stageId") String stageId);

    @Query("select t from CollectionTask t where t.orderId = :orderId and t.status in ('pending', 'in_progress')")
    List<CollectionTask> openByOrder(@Param("orderId") String orderId);

    /**
     * Stages due for collection (BE's rule): pending or overdue, trigger date or due date reached, and no open task.
     * Rows: {@code [stage id, order id, due date]}.
     */
    @Query("select s.id, s.orderId, s.dueDate from PaymentStage s where s.status in ('pending', 'partial', 'overdue') "
            + "and ((s.triggerDate is not null and s.triggerDate <= :today) or s.dueDate <= :today) "
            + "and not exists (select t.id from CollectionTask t where t.paymentStageId = s.id "
            + "and t.status in ('pending', 'in_progress'))")
    List<Object[]> dueStagesWithoutOpenTask(@Param("today") LocalDate today);

    @Modifying
    @Query("update PaymentStage s set s.status = 'overdue' where s.status in ('pending', 'partial') "
            + "and s.dueDate < :today")
    int markOverdue(@Param("today") LocalDate today);
}
