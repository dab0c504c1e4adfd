package com.bantu.servicemanagement.customer;

import com.bantu.common.persistence.BaseRepository;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends BaseRepository<Customer> {

    boolean existsByCode(String code);

    Optional<Customer> findByIdempotencyKey(String idempotencyKey);

    /** The customer row locked until the transaction ends (serializes changes of its primary contact). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Customer c where c.id = :id")
    Optional<Customer> lockById(@Param("id") String id);
}
