package com.bantu.finance.payment;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.finance.config.Caller;
import com.bantu.common.security.Roles;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "payments")
@RestController
@RequestMapping("/api/finance/payments")
public class PaymentController {

    private final PaymentService service;

    public PaymentController(PaymentService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_VIEW)
    public ApiResponse<ItemsPage<PaymentResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "order_id", required = false) String orderId,
            @RequestParam(name = "payment_stage_id", required = false) String paymentStageId,
            @RequestParam(required = false) String status,
            @RequestParam(name = "payment_type", required = false) String paymentType,
            @RequestParam(name = "payment_method", required = false) String paymentMethod,
            @RequestParam(name = "date_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dateFrom,
            @RequestParam(name = "date_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dateTo,
            @RequestParam(name = "customer_id", required = false) String customerId) {
        return ApiResponse.ok(service.list(new PaymentService.Filter(orderId, paymentStageId, status, paymentType,
                paymentMethod, dateFrom, dateTo, customerId), PageQuery.of(page, size), Caller.current()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_VIEW)
    public ApiResponse<PaymentResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id, Caller.current()));
    }

    @PostMapping
    @PreAuthorize(Roles.PAYMENT_RECORD)
    @Operation(summary = "Record a receipt or refund (pending). Idempotency-Key header required: a repeat with the "
            + "same body answers the first payment (200), with another body 409")
    public ResponseEntity<ApiResponse<PaymentResponse>> create(
            @RequestHeader(name = "Idempotency-Key") String idempotencyKey,
            @Valid @RequestBody CreatePaymentRequest body) {
        PaymentService.Created c = service.create(body, idempotencyKey, Caller.current());
        return ResponseEntity.status(c.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ApiResponse.ok(c.payment()));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(Roles.FINANCE_RECEIVABLE_MANAGE)
    @Operation(summary = "Confirm a pending payment; the stage's paid amount and statuses are recomputed")
    public ApiResponse<PaymentResponse> confirm(@PathVariable String id,
                                                @RequestBody(required = false) ConfirmRequest body) {
        AuditChanges.before(() -> service.get(id, Caller.current()));
        return ApiResponse.ok(service.confirm(id, body == null ? null : body.receivedAt(), Caller.current()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(Roles.PAYMENT_RECORD)
    @Operation(summary = "Cancel a pending payment (FINANCE/ADMIN, or its creator)")
    public ApiResponse<PaymentResponse> cancel(@PathVariable String id, @Valid @RequestBody CancelRequest body) {
        AuditChanges.before(() -> service.get(id, Caller.current()));
        return ApiResponse.ok(service.cancel(id, body.reason().trim(), Caller.current()));
    }
}
