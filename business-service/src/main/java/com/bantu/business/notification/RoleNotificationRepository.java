package com.bantu.business.notification;

import com.bantu.common.persistence.BaseRepository;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoleNotificationRepository extends BaseRepository<RoleNotification> {

    /** Role notifications for {@code roles} since {@code since} that {@code userId} has no copy of yet. */
    @Query("select r from RoleNotification r where r.recipientRole in :roles and r.createdAt >= :since "
            + "and not exists (select n.id from Notification n where n.roleNotificationId = r.id "
            + "and n.userId = :userId) order by r.createdAt")
    List<RoleNotification> undelivered(@Param("roles") Collection<String> roles, @Param("userId") String userId,
                                       @Param("since") LocalDateTime since);
}
