package com.bantu.servicemanagement.followup;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One entry of a customer's follow-up timeline, optionally about one of its service records. */
@Entity
@Table(name = "follow_ups")
public class FollowUp extends BaseEntity {

    String customerId;
    String serviceRecordId;
    String followUpType;
    String content;
    String authorId;
    String authorName;
    LocalDateTime followedUpAt;
    LocalDateTime nextFollowUpAt;
    String statusBefore;
    String statusAfter;

    public String getContent() {
        return content;
    }

    public LocalDateTime getFollowedUpAt() {
        return followedUpAt;
    }

    public LocalDateTime getNextFollowUpAt() {
        return nextFollowUpAt;
    }
}
