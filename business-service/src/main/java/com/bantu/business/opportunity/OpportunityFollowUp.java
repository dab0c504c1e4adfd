package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "opportunity_follow_ups")
public class OpportunityFollowUp extends BaseEntity {

    String opportunityId;
    String followUpType;
    String content;
    LocalDateTime followUpDate;
    String createdBy;
}
