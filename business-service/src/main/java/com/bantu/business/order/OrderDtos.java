package com.bantu.business.order;

import com.bantu.business.support.Lang;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public final class OrderDtos {

    private OrderDtos() {
    }

    /** POST /orders: the order with at least one item, in one request. */
    public record CreateOrderRequest(
            @NotBlank @Size(max = 255) String title,
            @NotBlank @Size(min = 36, max = 36) String customerId,
            @NotBlank @Size(min = 36, max = 36) String salesUserId,
            @Size(max = 36) String serviceRecordId,
            @Size(max = 255) String entryCity,
            @Size(max = 100) String passportId,
            @Size(max = 255) String processor,
            @NotEmpty @Size(max = 200) List<@Valid ItemRequest> orderItems,
            @Size(max = 10) String currencyCode,
            @DecimalMin("0") BigDecimal discountAmount,
            @DecimalMin(value = "0", inclusive = false) BigDecimal exchangeRate,
            LocalDate expectedStartDate,
            LocalDate expectedCompletionDate,
            String customerNotes,
            String internalNotes,
            String requirements,
            String description,
            String notes) {
    }

    /** PUT /orders/{id}: every field optional; {@code status_code} moves the order (state machine). */
    public record UpdateOrderRequest(
            @Size(min = 1, max = 255) String title,
            @Size(min = 36, max = 36) String customerId,
            @Size(max = 36) String serviceRecordId,
            @Size(max = 255) String entryCity,
            @Size(max = 100) String passportId,
            @Size(max = 255) String processor,
            @Size(max = 10) String currencyCode,
            @DecimalMin("0") BigDecimal discountAmount,
            @DecimalMin(value = "0", inclusive = false) BigDecimal exchangeRate,
            LocalDate expectedStartDate,
            LocalDate expectedCompletionDate,
            String customerNotes,
            String internalNotes,
            String requirements,
            String description,
            String notes,
            @Size(max = 50) String statusCode,
            Long version) {
    }

    /** An item in a create-order body, POST or PUT /orders/{id}/items (null = unchanged on PUT). */
    public record ItemRequest(
            @Size(max = 36) String productId,
            @Size(max = 255) String productName,
            @Size(max = 255) String productNameZh,
            @Size(max = 255) String productNameId,
            @Size(max = 100) String productCode,
            @Size(max = 36) String serviceTypeId,
            @Size(max = 255) String serviceTypeNameZh,
            @Size(max = 255) String serviceTypeNameId,
            @Min(1) @Max(1_000_000) Integer quantity,
            @Size(max = 50) String unit,
            @DecimalMin("0") BigDecimal unitPrice,
            @DecimalMin("0") BigDecimal discountAmount,
            @Size(max = 10) String currencyCode,
            String description,
            String descriptionZh,
            String descriptionId,
            String requirements,
            LocalDate expectedStartDate,
            LocalDate expectedCompletionDate,
            @Size(max = 50) String status) {
    }

    public record AssignRequest(
            @NotBlank @Size(min = 36, max = 36) String assignedToUserId,
            @Size(max = 50) String assignmentType,
            String notes,
            @Size(max = 100) String stageTemplate) {
    }

    /** The SPA's order list shape. */
    public record OrdersPage(List<OrderResponse> orders, long total, int page, int pageSize) {
    }

    public record ItemResponse(
            String id, String orderId, int itemNumber, String productId, String productName, String productNameZh,
            String productNameId, String productCode, String serviceTypeId, String serviceTypeName, int quantity,
            String unit, BigDecimal unitPrice, BigDecimal discountAmount, BigDecimal itemAmount, String currencyCode,
            String description, String requirements, LocalDate expectedStartDate, LocalDate expectedCompletionDate,
            String status, LocalDateTime createdAt, LocalDateTime updatedAt) {

        static ItemResponse of(OrderItem i, String lang) {
            return new ItemResponse(i.getId(), i.orderId, i.itemNumber, i.productId,
                    Lang.pick(lang, i.productNameZh, i.productNameId), i.productNameZh, i.productNameId,
                    i.productCode, i.serviceTypeId, Lang.pick(lang, i.serviceTypeNameZh, i.serviceTypeNameId),
                    i.quantity, i.unit, i.unitPrice, i.discountAmount, i.itemAmount, i.currencyCode,
                    Lang.pick(lang, i.descriptionZh, i.descriptionId), i.requirements, i.expectedStartDate,
                    i.expectedCompletionDate, i.status, i.getCreatedAt(), i.getUpdatedAt());
        }
    }

    public record OrderResponse(
            String id, String orderNumber, String title, String customerId, String customerName,
            String serviceRecordId, String opportunityId, String workflowInstanceId, String salesUserId,
            String salesUsername, String assignedToUserId, String organizationId, String entryCity,
            String passportId, String processor, BigDecimal totalAmount, BigDecimal discountAmount,
            BigDecimal finalAmount, String currencyCode, BigDecimal exchangeRate, List<ItemResponse> orderItems,
            LocalDate expectedStartDate, LocalDate expectedCompletionDate, LocalDate actualStartDate,
            LocalDate actualCompletionDate, String statusCode, String statusName, String customerNotes,
            String internalNotes, String requirements, String description, String notes, Long version,
            String createdBy, String updatedBy, LocalDateTime createdAt, LocalDateTime updatedAt) {

        static OrderResponse of(Order o, List<ItemResponse> items, String statusName) {
            return new OrderResponse(o.getId(), o.orderNumber, o.title, o.customerId, o.customerName,
                    o.serviceRecordId, o.opportunityId, o.workflowInstanceId, o.salesUserId, o.salesUsername,
                    o.assignedToUserId, o.organizationId, o.entryCity, o.passportId, o.processor, o.totalAmount,
                    o.discountAmount, o.finalAmount, o.currencyCode, o.exchangeRate, items, o.expectedStartDate,
                    o.expectedCompletionDate, o.actualStartDate, o.actualCompletionDate,
                    OrderStatus.normalize(o.statusCode), statusName, o.customerNotes, o.internalNotes,
                    o.requirements, o.requirements, o.internalNotes, o.version, o.createdBy, o.updatedBy,
                    o.getCreatedAt(), o.getUpdatedAt());
        }
    }

    public record AssignmentResponse(String id, String orderId, String assignedToUserId, String assignedByUserId,
                                     String assignmentType, boolean isPrimary, LocalDateTime assignedAt,
                                     LocalDateTime unassignedAt, String notes) {
        static AssignmentResponse of(OrderAssignment a) {
            return new AssignmentResponse(a.getId(), a.orderId, a.assignedToUserId, a.assignedByUserId,
                    a.assignmentType, a.isPrimary, a.assignedAt, a.unassignedAt, a.notes);
        }
    }
}
