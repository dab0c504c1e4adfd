package com.bantu.servicemanagement.contact;

import com.bantu.common.persistence.BaseRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContactRepository extends BaseRepository<Contact> {

    /** Clears the primary flag of the customer's other contacts (run before a new primary is flushed). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Contact c set c.isPrimary = false, c.primaryCustomerId = null "
            + "where c.customerId = :customerId and c.id <> :keepId and c.isPrimary = true")
    int clearPrimary(@Param("customerId") String customerId, @Param("keepId") String keepId);
}
