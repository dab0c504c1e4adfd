package com.bantu.business.order;

import com.bantu.common.security.Roles;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service-to-service API about orders (never routed by the gateway; SERVICE tokens or ADMIN): order facts for
 * finance-service and the approval outcome from workflow-service.
 */
@Hidden
@RestController
@RequestMapping("/internal/orders")
@PreAuthorize(Roles.INTERNAL)
public class InternalOrderController {

    public record ApprovalRequest(@NotBlank String outcome, @Size(max = 36) String actorId, String comment) {
    }

    public record OrderFacts(String id, String orderNumber, String title, String customerId, String customerName,
                             String salesUserId, String assignedToUserId, String organizationId, String statusCode,
                             BigDecimal totalAmount, BigDecimal discountAmount, BigDecimal finalAmount,
                             String currencyCode, BigDecimal exchangeRate) {
        static OrderFacts of(Order o) {
            return new OrderFacts(o.getId(), o.orderNumber, o.title, o.customerId, o.customerName, o.salesUserId,
                    o.assignedToUserId, o.organizationId, OrderStatus.normalize(o.statusCode), o.totalAmount,
                    o.discountAmount, o.finalAmount, o.currencyCode, o.exchangeRate);
        }
    }

    private final OrderService service;
    private final OrderRepository orders;

    public InternalOrderController(OrderService service, OrderRepository orders) {
        this.service = service;
        this.orders = orders;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public ApiResponse<OrderFacts> get(@PathVariable String id) {
        return ApiResponse.ok(OrderFacts.of(orders.findById(id)
                .orElseThrow(() -> new NotFoundException(OrderService.NOT_FOUND))));
    }

    @GetMapping
    @Transactional(readOnly = true)
    public ApiResponse<List<OrderFacts>> byIds(@RequestParam String ids) {
        List<String> wanted = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).limit(1000)
                .toList();
        return ApiResponse.ok(orders.findAllById(wanted).stream().map(OrderFacts::of).toList());
    }

    /** The approval process's outcome: approved → the order is approved; rejected → cancelled. Idempotent. */
    @PostMapping("/{id}/approval")
    public ApiResponse<OrderResponse> approval(@PathVariable String id, @Valid @RequestBody ApprovalRequest r) {
        return ApiResponse.ok(service.approval(id, r.outcome(), r.actorId(), r.comment()));
    }
}
