package com.bantu.business.notification;

import com.bantu.common.security.Roles;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "notifications")
@RestController
@RequestMapping({"/api/business/notifications", "/api/order-workflow/notifications"})
@PreAuthorize(Roles.NOTIFICATION_VIEW)
public class NotificationController {

    private final NotificationService service;

    public NotificationController(NotificationService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<ItemsPage<NotificationResponse>> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(name = "is_read", required = false) Boolean isRead,
            @RequestParam(name = "notification_type", required = false) String type) {
        deliver();
        return ApiResponse.ok(service.list(CurrentUser.id(), isRead, type, PageQuery.of(page, size)));
    }

    @GetMapping("/unread-count")
    public ApiResponse<UnreadCount> unread() {
        deliver();
        return ApiResponse.ok(service.unread(CurrentUser.id()));
    }

    @PutMapping("/{id}/read")
    public ApiResponse<NotificationResponse> read(@PathVariable String id) {
        return ApiResponse.ok(service.read(CurrentUser.id(), id));
    }

    @PutMapping("/read-all")
    public ApiResponse<Map<String, Integer>> readAll() {
        deliver();
        return ApiResponse.ok(Map.of("updated", service.readAll(CurrentUser.id())));
    }

    /** Notifications addressed to the caller's roles become the caller's own before they are read. */
    private void deliver() {
        service.deliver(CurrentUser.id(), CurrentUser.get().roles());
    }

    /** Other services (finance's collection tasks) write notifications here; never routed by the gateway. */
    @Hidden
    @RestController
    @RequestMapping("/internal/notifications")
    @PreAuthorize(Roles.INTERNAL)
    static class Internal {
        private final NotificationService service;

        Internal(NotificationService service) {
            this.service = service;
        }

        @PostMapping
        public ApiResponse<NotificationResponse> create(@Valid @RequestBody NotificationRequest r) {
            return ApiResponse.ok(service.create(r));
        }
    }
}
