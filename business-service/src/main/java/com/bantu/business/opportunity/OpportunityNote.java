package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "opportunity_notes")
public class OpportunityNote extends BaseEntity {

    String opportunityId;
    String noteType;
    String content;
    boolean isImportant;
    String createdBy;
}
