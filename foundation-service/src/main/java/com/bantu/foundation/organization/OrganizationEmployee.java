package com.bantu.foundation.organization;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Membership of a user in an organization; the primary active row is the user's primary organization. */
@Entity
@Table(name = "organization_employees")
public class OrganizationEmployee extends BaseEntity {

    @Column(nullable = false)
    private String userId;
    @Column(nullable = false)
    private String organizationId;
    private String firstName;
    private String lastName;
    private String fullName;
    private String email;
    private String phone;
    private String position;
    private String department;
    private String employeeNumber;
    @Column(name = "is_primary", nullable = false)
    private boolean primary;
    @Column(name = "is_manager", nullable = false)
    private boolean manager;
    @Column(name = "is_decision_maker", nullable = false)
    private boolean decisionMaker;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;
    private LocalDate joinedAt;
    private LocalDate leftAt;

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

    public void setOrganizationId(String organizationId) {
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
