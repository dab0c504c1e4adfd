package com.bantu.finance.collection;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.finance.config.Caller;
import com.bantu.common.security.Roles;
import com.bantu.finance.order.OrderDirectory;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Served at {@code /api/finance/collection-tasks} and at the SPA's {@code /api/order-workflow/collection-tasks}. */
@Tag(name = "collection-tasks")
@RestController
@RequestMapping({"/api/finance/collection-tasks", "/api/order-workflow/collection-tasks"})
@PreAuthorize(Roles.FINANCE_RECEIVABLE_VIEW)
public class CollectionTaskController {

    private final CollectionTaskService service;
    private final OrderDirectory orders;

    public CollectionTaskController(CollectionTaskService service, OrderDirectory orders) {
        this.service = service;
        this.orders = orders;
    }

    @GetMapping
    public ApiResponse<ItemsPage<Task>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String status,
            @RequestParam(name = "order_id", required = false) String orderId,
            @RequestParam(name = "assigned_to_user_id", required = false) String assignedToUserId,
            @RequestParam(name = "due_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueFrom,
            @RequestParam(name = "due_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueTo) {
        return ApiResponse.ok(service.list(new CollectionTaskService.Filter(status, orderId, assignedToUserId,
                dueFrom, dueTo), PageQuery.of(page, size), Caller.current()));
    }

    @GetMapping("/{id}")
    public ApiResponse<Task> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id, Caller.current()));
    }

    @GetMapping("/orders/{orderId}")
    public ApiResponse<List<Task>> byOrder(@PathVariable String orderId) {
        return ApiResponse.ok(service.byOrder(orderId, Caller.current()));
    }

    @PostMapping("/orders/{orderId}")
    @PreAuthorize(Roles.COLLECTION_TASK_UPDATE)
    public ResponseEntity<ApiResponse<Task>> create(@PathVariable String orderId,
                                                    @Valid @RequestBody CreateRequest body) {
        Caller caller = Caller.current();
        var order = orders.require(orderId, caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiResponse.ok(service.create(order, body, caller)));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.COLLECTION_TASK_UPDATE)
    public ApiResponse<Task> update(@PathVariable String id, @Valid @RequestBody UpdateRequest body) {
        AuditChanges.before(() -> service.get(id, Caller.current()));
        return ApiResponse.ok(service.update(id, body, Caller.current()));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(Roles.COLLECTION_TASK_UPDATE)
    public ApiResponse<Task> complete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id, Caller.current()));
        return ApiResponse.ok(service.complete(id, Caller.current()));
    }

    @PostMapping("/{id}/remind")
    @PreAuthorize(Roles.COLLECTION_TASK_UPDATE)
    public ApiResponse<Task> remind(@PathVariable String id, @Valid @RequestBody(required = false) RemindRequest body) {
        return ApiResponse.ok(service.remind(id, body == null ? null : body.channel(),
                body == null ? null : body.notes(), Caller.current()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(Roles.COLLECTION_TASK_UPDATE)
    public ApiResponse<Task> cancel(@PathVariable String id, @Valid @RequestBody(required = false) CancelRequest body) {
        AuditChanges.before(() -> service.get(id, Caller.current()));
        return ApiResponse.ok(service.cancel(id, body == null ? null : body.reason(), Caller.current()));
    }
}
