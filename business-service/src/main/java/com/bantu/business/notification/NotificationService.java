package com.bantu.business.notification;

import com.bantu.business.support.Params;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.persistence.Specs;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notifications: each user reads and marks only their own; other features and services write them. */
@Service
public class NotificationService {

    public static final List<String> TYPES = List.of("collection_task", "lead_assigned", "order_updated",
            "lead_created", "lead_updated", "order_assigned", "approval_overdue");

    /** How far back a user's first read picks up notifications addressed to their roles. */
    static final int ROLE_NOTIFICATIONS_DAYS = 30;

    private final NotificationRepository notifications;
    private final RoleNotificationRepository roleNotifications;
    private final TransactionTemplate tx;

    public NotificationService(NotificationRepository notifications, RoleNotificationRepository roleNotifications,
                               PlatformTransactionManager txManager) {
        this.notifications = notifications;
        this.roleNotifications = roleNotifications;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Writes a notification for every holder of {@code role}, in the caller's transaction (see {@link #deliver}). */
    @Transactional
    public void notifyRole(String role, String type, String title, String content, String resourceType,
                           String resourceId) {
        RoleNotification r = new RoleNotification();
        r.recipientRole = role;
        r.notificationType = type;
        r.title = title;
        r.content = content;
        r.resourceType = resourceType;
        r.resourceId = resourceId;
        roleNotifications.save(r);
    }

    /**
     * Copies the notifications addressed to the user's roles (of the last {@value #ROLE_NOTIFICATIONS_DAYS} days)
     * that the user has no copy of yet into their own notifications, in a transaction of its own; a concurrent
     * request that copied them first wins (unique key) and this one leaves them.
     */
    public void deliver(String userId, Collection<String> roles) {
        if (userId == null || roles == null || roles.isEmpty()) {
            return;
        }
        try {
            tx.executeWithoutResult(st -> {
                LocalDateTime since = LocalDateTime.now().minusDays(ROLE_NOTIFICATIONS_DAYS);
                for (RoleNotification r : roleNotifications.undelivered(roles, userId, since)) {
                    notifications.save(Notification.copyOf(r, userId));
                }
                notifications.flush();
            });
        } catch (DataIntegrityViolationException concurrentCopy) {
            // another request of the same user copied them at the same moment
        }
    }

    /** Writes a notification in the caller's transaction. */
    @Transactional
    public NotificationResponse notify(String userId, String type, String title, String content, String resourceType,
                                       String resourceId) {
        Notification n = new Notification();
        n.userId = userId;
        n.notificationType = type;
        n.title = title;
        n.content = content;
        n.resourceType = resourceType;
        n.resourceId = resourceId;
        notifications.save(n);
        return NotificationResponse.of(n);
    }

    @Transactional
    public NotificationResponse create(NotificationRequest r) {
        Params.oneOf("notification_type", r.notificationType(), TYPES);
        return notify(r.userId(), r.notificationType(), r.title(), r.content(), r.resourceType(), r.resourceId());
    }

    @Transactional(readOnly = true)
    public ItemsPage<NotificationResponse> list(String userId, Boolean isRead, String type, PageQuery page) {
        Specification<Notification> spec = Specification.allOf(Specs.eq("userId", userId),
                Specs.eq("isRead", isRead), Specs.eq("notificationType", type));
        return ItemsPage.of(notifications.findAll(spec, page.toPageable(
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")))), page,
                NotificationResponse::of);
    }

    @Transactional(readOnly = true)
    public UnreadCount unread(String userId) {
        return new UnreadCount(notifications.countByUserIdAndIsReadFalse(userId));
    }

    @Transactional
    public NotificationResponse read(String userId, String id) {
        Notification n = notifications.findByIdAndUserId(id, userId)
                .orElseThrow(() -> new NotFoundException("通知不存在"));
        if (!n.isRead) {
            n.isRead = true;
            n.readAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        }
        return NotificationResponse.of(n);
    }

    @Transactional
    public int readAll(String userId) {
        return notifications.readAll(userId, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
