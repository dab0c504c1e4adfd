package com.bantu.finance.receivable;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.CurrentUser;
import com.bantu.finance.config.Caller;
import com.bantu.common.security.Roles;
import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.order.OrderDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
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

@Tag(name = "receivables")
@RestController
@RequestMapping("/api/finance")
public class ReceivableController {

    private final ReceivableService service;
    private final OrderDirectory orders;

    public ReceivableController(ReceivableService service, OrderDirectory orders) {
        this.service = service;
        this.orders = orders;
    }

    @GetMapping("/receivables")
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_VIEW)
    @Operation(summary = "Payment stages with their order fields (SALES: own orders only)")
    public ApiResponse<ItemsPage<Receivable>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "order_id", required = false) String orderId,
            @RequestParam(name = "customer_id", required = false) String customerId,
            @RequestParam(name = "sales_user_id", required = false) String salesUserId,
            @RequestParam(required = false) String status,
            @RequestParam(name = "payment_status", required = false) String paymentStatus,
            @RequestParam(name = "due_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueFrom,
            @RequestParam(name = "due_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueTo,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(name = "currency_code", required = false) String currencyCode) {
        return ApiResponse.ok(service.list(new ReceivableService.Filter(orderId, customerId, salesUserId, status,
                paymentStatus, dueFrom, dueTo, overdue, currencyCode), PageQuery.of(page, size), Caller.current()));
    }

    @GetMapping("/receivables/{id}")
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_VIEW)
    public ApiResponse<Receivable> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id, Caller.current()));
    }

    @GetMapping("/orders/{orderId}/receivables")
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_VIEW)
    @Operation(summary = "An order's receivable plan with planned, paid and outstanding totals")
    public ApiResponse<Plan> plan(@PathVariable String orderId) {
        FinanceOrder order = orders.require(orderId, Caller.current());
        return ApiResponse.ok(service.plan(order));
    }

    @PostMapping("/orders/{orderId}/receivables")
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_MANAGE)
    @Operation(summary = "Set (replace) an order's receivable plan; stage amounts must sum to the order's final amount")
    public ResponseEntity<ApiResponse<Plan>> setPlan(@PathVariable String orderId,
                                                     @Valid @RequestBody PlanRequest body) {
        FinanceOrder order = orders.require(orderId, Caller.current());
        AuditChanges.before(() -> service.plan(order));
        Plan plan = service.replacePlan(orderId, body.stages(), CurrentUser.id(), false);
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiResponse.ok(plan));
    }

    @PutMapping("/receivables/{id}")
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_MANAGE)
    public ApiResponse<Receivable> update(@PathVariable String id, @Valid @RequestBody UpdateRequest body) {
        AuditChanges.before(() -> service.get(id, Caller.current()));
        return ApiResponse.ok(service.update(id, body, Caller.current()));
    }

    @PostMapping("/receivables/{id}/cancel")
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_MANAGE)
    @Operation(summary = "Cancel a stage without confirmed payments (409 otherwise)")
    public ApiResponse<Receivable> cancel(@PathVariable String id, @Valid @RequestBody CancelRequest body) {
        AuditChanges.before(() -> service.get(id, Caller.current()));
        return ApiResponse.ok(service.cancel(id, body.reason().trim(), Caller.current()));
    }
}
