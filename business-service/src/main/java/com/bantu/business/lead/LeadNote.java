package com.bantu.business.lead;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "lead_notes")
public class LeadNote extends BaseEntity {

    String leadId;
    String noteType;
    String content;
    boolean isImportant;
    String createdBy;
}
