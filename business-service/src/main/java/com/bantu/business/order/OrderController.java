package com.bantu.business.order;

import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.PageQuery;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Orders and their items, under {@code /api/business/orders} and the SPA's {@code /api/order-workflow/orders}. */
@Tag(name = "orders")
@RestController
@RequestMapping({"/api/business/orders", "/api/order-workflow/orders"})
@PreAuthorize(Roles.ORDER_VIEW)
public class OrderController {

    private final OrderService service;
    private final OrderItemService items;
    private final OrderStageService stages;

    public OrderController(OrderService service, OrderItemService items, OrderStageService stages) {
        this.service = service;
        this.items = items;
        this.stages = stages;
    }

    @GetMapping
    public ApiResponse<OrdersPage> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "order_number", required = false) String orderNumber,
            @RequestParam(required = false) String title,
            @RequestParam(name = "customer_id", required = false) String customerId,
            @RequestParam(name = "customer_name", required = false) String customerName,
            @RequestParam(name = "sales_user_id", required = false) String salesUserId,
            @RequestParam(name = "status_code", required = false) String statusCode,
            @RequestParam(name = "service_record_id", required = false) String serviceRecordId,
            @RequestParam(name = "created_at_from", required = false) String createdAtFrom,
            @RequestParam(name = "created_at_to", required = false) String createdAtTo,
            @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.list(new OrderService.Filter(orderNumber, title, customerId, customerName,
                salesUserId, statusCode, serviceRecordId, createdAtFrom, createdAtTo), PageQuery.of(page, size), lang));
    }

    @GetMapping("/{id}")
    public ApiResponse<OrderResponse> get(@PathVariable String id, @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.get(id, lang));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ORDER_CREATE)
    public ApiResponse<OrderResponse> create(@Valid @RequestBody CreateOrderRequest r,
                                             @RequestParam(required = false) String lang) {
        return ApiResponse.ok("订单创建成功", service.create(r, lang));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.ORDER_UPDATE)
    public ApiResponse<OrderResponse> update(@PathVariable String id, @Valid @RequestBody UpdateOrderRequest r,
                                             @RequestParam(required = false) String lang) {
        AuditChanges.before(() -> service.get(id, lang));
        return ApiResponse.ok("订单更新成功", service.update(id, r, lang));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.ORDER_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id, null));
        service.delete(id);
        return ApiResponse.ok("订单已删除", null);
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(Roles.ADMIN)
    public ApiResponse<OrderResponse> assign(@PathVariable String id, @Valid @RequestBody AssignRequest r,
                                             @RequestParam(required = false) String lang) {
        AuditChanges.before(() -> service.get(id, lang));
        return ApiResponse.ok("订单分配成功", service.assign(id, r, lang));
    }

    @GetMapping("/{id}/assignments")
    public ApiResponse<List<AssignmentResponse>> assignments(@PathVariable String id) {
        return ApiResponse.ok(service.assignments(id));
    }

    @DeleteMapping("/{id}/assignments/{assignmentId}")
    @PreAuthorize(Roles.ADMIN)
    public ApiResponse<AssignmentResponse> unassign(@PathVariable String id, @PathVariable String assignmentId) {
        return ApiResponse.ok("已取消分配", service.unassign(id, assignmentId));
    }

    @GetMapping("/{id}/workflow")
    public ApiResponse<Map<String, Object>> workflow(@PathVariable String id,
                                                     @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.workflowView(id, lang));
    }

    // ---------------------------------------------------------------------------------------------- stages

    @GetMapping("/{id}/stages")
    public ApiResponse<List<OrderStageService.StageResponse>> stages(@PathVariable String id) {
        return ApiResponse.ok(stages.list(id));
    }

    @PostMapping("/{id}/stages")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ORDER_UPDATE)
    public ApiResponse<OrderStageService.StageResponse> createStage(@PathVariable String id,
                                                                    @Valid @RequestBody
                                                                    OrderStageService.StageRequest r) {
        return ApiResponse.ok(stages.create(id, r));
    }

    @PutMapping("/{id}/stages/{stageId}")
    @PreAuthorize(Roles.ORDER_UPDATE)
    public ApiResponse<OrderStageService.StageResponse> updateStage(@PathVariable String id,
                                                                    @PathVariable String stageId,
                                                                    @Valid @RequestBody
                                                                    OrderStageService.StageUpdate r) {
        AuditChanges.before(() -> stages.list(id).stream().filter(s -> s.id().equals(stageId)).findFirst()
                .orElse(null));
        return ApiResponse.ok(stages.update(id, stageId, r));
    }

    // ---------------------------------------------------------------------------------------------- items

    @GetMapping("/{id}/items")
    public ApiResponse<List<ItemResponse>> items(@PathVariable String id,
                                                 @RequestParam(required = false) String lang) {
        return ApiResponse.ok(items.list(id, lang));
    }

    @GetMapping("/{id}/items/{itemId}")
    public ApiResponse<ItemResponse> item(@PathVariable String id, @PathVariable String itemId,
                                          @RequestParam(required = false) String lang) {
        return ApiResponse.ok(items.get(id, itemId, lang));
    }

    @PostMapping("/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ORDER_UPDATE)
    public ApiResponse<ItemResponse> createItem(@PathVariable String id, @Valid @RequestBody ItemRequest r,
                                                @RequestParam(required = false) String lang) {
        return ApiResponse.ok("订单项创建成功", items.create(id, r, lang));
    }

    @PutMapping("/{id}/items/{itemId}")
    @PreAuthorize(Roles.ORDER_UPDATE)
    public ApiResponse<ItemResponse> updateItem(@PathVariable String id, @PathVariable String itemId,
                                                @Valid @RequestBody ItemRequest r,
                                                @RequestParam(required = false) String lang) {
        AuditChanges.before(() -> items.get(id, itemId, lang));
        return ApiResponse.ok("订单项更新成功", items.update(id, itemId, r, lang));
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @PreAuthorize(Roles.ORDER_UPDATE)
    public ApiResponse<Void> deleteItem(@PathVariable String id, @PathVariable String itemId) {
        AuditChanges.before(() -> items.get(id, itemId, null));
        items.delete(id, itemId);
        return ApiResponse.ok("订单项已删除", null);
    }
}
