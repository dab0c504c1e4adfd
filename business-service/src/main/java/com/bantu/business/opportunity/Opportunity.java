package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A sales opportunity of a customer: stage (pipeline) and status move together (see {@link OpportunityService}). */
@Entity
@Table(name = "opportunities")
public class Opportunity extends BaseEntity {

    @Version
    Long version;

    String customerId;
    String customerName;
    String leadId;
    String name;
    BigDecimal amount;
    String currencyCode = "CNY";
    Integer probability;
    String stage = "initial_contact";
    Integer stagePosition;
    String status = "active";
    String ownerUserId;
    String organizationId;
    LocalDate expectedCloseDate;
    LocalDate actualCloseDate;
    String description;
    String createdBy;
    String updatedBy;
}
