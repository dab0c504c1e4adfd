package com.bantu.business.lead;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A named public pool of one organization; leads moved to the pool may name it ({@code leads.pool_id}). */
@Entity
@Table(name = "lead_pools")
public class LeadPool extends BaseEntity {

    String name;
    String organizationId;
    String description;
    boolean isActive = true;
}
