package com.bantu.business.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The customer-creation step of a lead conversion: committed (in progress) before service-management is called, with
 * the idempotency key that call carries; done once the customer exists.
 */
@Entity
@Table(name = "lead_conversions")
public class LeadConversion {

    @Id
    String leadId;
    String idempotencyKey;
    String status;
    String customerId;
    LocalDateTime startedAt;
    LocalDateTime finishedAt;
}
