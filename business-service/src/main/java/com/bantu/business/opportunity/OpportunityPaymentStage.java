package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A planned payment of an opportunity; converting to an order hands the plan to finance. */
@Entity
@Table(name = "opportunity_payment_stages")
public class OpportunityPaymentStage extends BaseEntity {

    String opportunityId;
    int stageNumber;
    String stageName;
    BigDecimal amount;
    LocalDate dueDate;
    String paymentTrigger = "manual";
    String status = "pending";
}
