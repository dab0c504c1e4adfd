package com.bantu.business.order;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An order. Amounts are kept consistent with its items by {@link OrderService} in the same transaction. */
@Entity
@Table(name = "orders")
@EntityListeners(OrderCounts.Listener.class)
public class Order extends BaseEntity {

    @Version
    Long version;

    String orderNumber;
    String title;
    String customerId;
    String customerName;
    String serviceRecordId;
    String opportunityId;
    String workflowInstanceId;
    String salesUserId;
    String salesUsername;
    String assignedToUserId;
    String organizationId;
    String entryCity;
    String passportId;
    String processor;
    BigDecimal totalAmount;
    BigDecimal discountAmount;
    BigDecimal finalAmount;
    String currencyCode;
    BigDecimal exchangeRate;
    String statusCode;
    LocalDate expectedStartDate;
    LocalDate expectedCompletionDate;
    LocalDate actualStartDate;
    LocalDate actualCompletionDate;
    String customerNotes;
    String internalNotes;
    String requirements;
    String createdBy;
    String updatedBy;

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getSalesUserId() {
        return salesUserId;
    }

    public String getAssignedToUserId() {
        return assignedToUserId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getFinalAmount() {
        return finalAmount;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getTitle() {
        return title;
    }
}
