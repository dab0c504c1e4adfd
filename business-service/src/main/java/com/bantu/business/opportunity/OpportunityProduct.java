package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "opportunity_products")
public class OpportunityProduct extends BaseEntity {

    String opportunityId;
    String productId;
    String productName;
    String productCode;
    int quantity = 1;
    BigDecimal unitPrice;
    BigDecimal totalAmount;
    int executionOrder = 1;
    String status = "pending";
    LocalDate startDate;
    LocalDate expectedCompletionDate;
    LocalDate actualCompletionDate;
    String notes;
}
