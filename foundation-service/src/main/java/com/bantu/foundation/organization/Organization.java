package com.bantu.foundation.organization;

import com.bantu.common.persistence.SoftDeletableEntity;
import com.bantu.common.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An organization (internal department, vendor or agent). Fields are package-private: only this feature
 * package reads and writes them, through {@link OrganizationService}, {@link OrganizationResponse} and
 * {@link TreeNode}.
 */
@Entity
@Table(name = "organizations")
public class Organization extends SoftDeletableEntity {

    @Column(nullable = false)
    String name;
    String code;
    String externalId;
    @Column(nullable = false)
    String organizationType;
    String parentId;
    String email;
    String phone;
    String website;
    String logoUrl;
    String description;
    String street;
    String city;
    String stateProvince;
    String postalCode;
    String countryRegion;
    String country;
    String countryCode;
    String companySize;
    String companyNature;
    String companyType;
    String industry;
    String industryCode;
    String subIndustry;
    String businessScope;
    String registrationNumber;
    String taxId;
    String legalRepresentative;
    LocalDate establishedDate;
    BigDecimal registeredCapital;
    String registeredCapitalCurrency;
    String companyStatus;
    BigDecimal annualRevenue;
    String annualRevenueCurrency;
    Integer employeeCount;
    Integer revenueYear;
    @Convert(converter = StringListConverter.class)
    List<String> certifications = new ArrayList<>();
    String businessLicenseUrl;
    String taxCertificateUrl;
    @Column(name = "is_locked", nullable = false)
    boolean locked;
    @Column(name = "is_verified", nullable = false)
    boolean verified;

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getOrganizationType() {
        return organizationType;
    }

    public String getParentId() {
        return parentId;
    }

    public boolean isLocked() {
        return locked;
    }
}
