package com.bantu.business.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
