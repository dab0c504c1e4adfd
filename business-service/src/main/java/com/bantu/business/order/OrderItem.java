package com.bantu.business.order;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of an order: {@code item_amount = quantity × unit_price − discount_amount}. */
@Entity
@Table(name = "order_items")
public class OrderItem extends BaseEntity {

    String orderId;
    int itemNumber;
    String productId;
    String productNameZh;
    String productNameId;
    String productCode;
    String serviceTypeId;
    String serviceTypeNameZh;
    String serviceTypeNameId;
    int quantity = 1;
    String unit;
    BigDecimal unitPrice;
    BigDecimal discountAmount;
    BigDecimal itemAmount;
    String currencyCode;
    String descriptionZh;
    String descriptionId;
    String requirements;
    LocalDate expectedStartDate;
    LocalDate expectedCompletionDate;
    String status = "pending";
    String createdBy;
    String updatedBy;

    public String getOrderId() {
        return orderId;
    }
}
