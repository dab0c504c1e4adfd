package com.bantu.business.lead;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "lead_follow_ups")
public class LeadFollowUp extends BaseEntity {

    String leadId;
    String followUpType;
    String content;
    LocalDateTime followUpDate;
    String statusBefore;
    String statusAfter;
    String createdBy;
}
