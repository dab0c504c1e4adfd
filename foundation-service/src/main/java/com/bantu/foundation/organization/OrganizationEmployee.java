package com.bantu.foundation.organization;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Membership of a user in an organization; the primary active row is the user's primary organization. Fields are
 * package-private: the organization package writes them; other packages read through the getters.
 */
@Entity
@Table(name = "organization_employees")
public class OrganizationEmployee extends BaseEntity {

    @Column(nullable = false)
    String userId;
    @Column(nullable = false)
    String organizationId;
    String firstName;
    String lastName;
    String fullName;
    String email;
    String phone;
    String position;
    String department;
    String employeeNumber;
    @Column(name = "is_primary", nullable = false)
    boolean primary;
    @Column(name = "is_manager", nullable = false)
    boolean manager;
    @Column(name = "is_decision_maker", nullable = false)
    boolean decisionMaker;
    @Column(name = "is_active", nullable = false)
    boolean active = true;
    LocalDate joinedAt;
    LocalDate leftAt;

    public static OrganizationEmployee primary(String userId, String organizationId, String email) {
        OrganizationEmployee e = new OrganizationEmployee();
        e.userId = userId;
        e.organizationId = organizationId;
        e.email = email;
        e.primary = true;
        e.joinedAt = LocalDate.now();
        return e;
    }

    public String getUserId() {
        return userId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    /** The membership moves to another organization (the user's primary organization changed). */
    void moveTo(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPosition() {
        return position;
    }

    public String getDepartment() {
        return department;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public boolean isPrimary() {
        return primary;
    }

    public boolean isManager() {
        return manager;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getJoinedAt() {
        return joinedAt;
    }
}
