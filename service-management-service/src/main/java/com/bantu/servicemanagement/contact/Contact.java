package com.bantu.servicemanagement.contact;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person to talk to at a customer; at most one contact per customer is primary. Fields are package-private: only this feature package reads and writes them. */
@Entity
@Table(name = "contacts")
public class Contact extends BaseEntity {

    @Column(name = "is_active")
    boolean active = true;

    String customerId;
    String firstName;
    String lastName;
    String fullName;
    String email;
    String phone;
    String mobile;
    String position;
    String department;
    boolean isPrimary;
    boolean isDecisionMaker;
    String contactRole;
    String address;
    String city;
    String province;
    String country;
    String postalCode;
    String preferredContactMethod;
    String wechatId;
    String notes;
    String createdBy;
    String updatedBy;
    String primaryCustomerId;

    /** Keeps {@code primaryCustomerId} (the column the unique key is on) in step with {@code isPrimary}. */
    void setPrimary(boolean primary) {
        isPrimary = primary;
        primaryCustomerId = primary ? customerId : null;
    }

    public String getFullName() {
        return fullName;
    }

    public String getCustomerId() {
        return customerId;
    }
}
