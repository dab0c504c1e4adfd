package com.bantu.servicemanagement.customerlevel;

import com.bantu.servicemanagement.support.ReferenceEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Read-only copy of business-service's customer levels (same seeded codes and names). No API edits levels, so the
 * copies change only through a migration in both services; this one exists to name a customer's {@code level}
 * without a remote call.
 */
@Entity
@Table(name = "customer_levels")
public class CustomerLevel extends ReferenceEntity {
}
