package com.bantu.business.lead;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A sales lead: owned by one user, or in the public pool of its organization (no owner). */
@Entity
@Table(name = "leads")
public class Lead extends BaseEntity {

    @Version
    Long version;

    String name;
    String companyName;
    String contactName;
    String phone;
    String phoneDigits;
    String email;
    String address;
    String customerId;
    String organizationId;
    String ownerUserId;
    String status = "new";
    String level;
    boolean isInPublicPool;
    String poolId;
    LocalDateTime movedToPoolAt;
    LocalDateTime lastFollowUpAt;
    LocalDateTime nextFollowUpAt;
    String createdBy;
    String updatedBy;

    public String getName() {
        return name;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getContactName() {
        return contactName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getOwnerUserId() {
        return ownerUserId;
    }

    public String getLevel() {
        return level;
    }

    public String getStatus() {
        return status;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    /** Marks the lead converted into {@code customerId} (the conversion checked the state machine). */
    public void converted(String customerId, String by) {
        this.customerId = customerId;
        this.status = LeadStatus.CONVERTED;
        this.updatedBy = by;
    }
}
