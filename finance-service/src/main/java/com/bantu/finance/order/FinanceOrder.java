package com.bantu.finance.order;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * Finance's copy of what it needs about a business-service order (business owns orders): filled from business
 * events and, when an order is unknown here, from business' {@code /internal/orders/{id}}. The id is the order's id.
 * Fields are package-private: the order package fills them ({@link #apply}); other packages read through the getters
 * and change the status only through {@link #markStatus}.
 */
@Entity
@Table(name = "finance_orders")
public class FinanceOrder extends BaseEntity {

    @Column(name = "order_number")
    String orderNumber;
    @Column(name = "customer_id")
    String customerId;
    @Column(name = "customer_name")
    String customerName;
    @Column(name = "sales_user_id")
    String salesUserId;
    @Column(name = "organization_id")
    String organizationId;
    @Column(name = "currency_code", nullable = false)
    String currencyCode;
    @Column(name = "final_amount")
    BigDecimal finalAmount;
    @Column(name = "exchange_rate")
    BigDecimal exchangeRate;
    @Column(name = "status_code")
    String statusCode;

    /** Copies every non-null field of the snapshot (a late event never blanks a known value). */
    public void apply(OrderSnapshot s) {
        if (id == null) {
            id = s.id();
        }
        if (s.orderNumber() != null) {
            orderNumber = s.orderNumber();
        }
        if (s.customerId() != null) {
            customerId = s.customerId();
        }
        if (s.customerName() != null) {
            customerName = s.customerName();
        }
        if (s.salesUserId() != null) {
            salesUserId = s.salesUserId();
        }
        if (s.organizationId() != null) {
            organizationId = s.organizationId();
        }
        if (s.currencyCode() != null) {
            currencyCode = s.currencyCode();
        } else if (currencyCode == null) {
            currencyCode = "CNY";
        }
        if (s.finalAmount() != null) {
            finalAmount = s.finalAmount();
        }
        if (s.exchangeRate() != null && s.exchangeRate().signum() > 0) {
            exchangeRate = s.exchangeRate();
        }
        if (s.statusCode() != null) {
            statusCode = s.statusCode();
        }
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getSalesUserId() {
        return salesUserId;
    }

    public String getOrganizationId() {
        return organizationId;
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

    public String getStatusCode() {
        return statusCode;
    }

    /** The order's status as finance last learnt it from business (completed, cancelled). */
    public void markStatus(String code) {
        statusCode = code;
    }
}
