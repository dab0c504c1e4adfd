package com.bantu.business.notification;

import com.bantu.common.persistence.BaseRepository;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends BaseRepository<Notification> {

    long countByUserIdAndIsReadFalse(String userId);

    Optional<Notification> findByIdAndUserId(String id, String userId);

    @Modifying
    @Query("update Notification n set n.isRead = true, n.readAt = :now, n.updatedAt = :now "
            + "where n.userId = :userId and n.isRead = false")
    int readAll(@Param("userId") String userId, @Param("now") LocalDateTime now);
}
