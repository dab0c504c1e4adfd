package com.bantu.foundation.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public record OrganizationResponse(
        String id, String name, String code, String organizationType, String parentId, String email, String phone,
        String website, String logoUrl, String description, String street, String city, String stateProvince,
        String postalCode, String country, String countryCode, String companySize, String companyNature,
        String companyType, String industry, String industryCode, String subIndustry, String businessScope,
        String registrationNumber, String taxId, String legalRepresentative, LocalDate establishedDate,
        BigDecimal registeredCapital, String registeredCapitalCurrency, String companyStatus,
        BigDecimal annualRevenue, String annualRevenueCurrency, Integer employeeCount, Integer revenueYear,
        List<String> certifications, String businessLicenseUrl, String taxCertificateUrl, boolean isActive,
        boolean isLocked, boolean isVerified, long employeesCount, LocalDateTime deletedAt,
        LocalDateTime createdAt, LocalDateTime updatedAt) {

    static OrganizationResponse of(Organization o, long employeesCount) {
        return new OrganizationResponse(o.getId(), o.name, o.code, o.organizationType, o.parentId, o.email,
                o.phone, o.website, o.logoUrl, o.description, o.street, o.city, o.stateProvince, o.postalCode,
                o.country, o.countryCode, o.companySize, o.companyNature, o.companyType, o.industry,
                o.industryCode, o.subIndustry, o.businessScope, o.registrationNumber, o.taxId,
                o.legalRepresentative, o.establishedDate, o.registeredCapital, o.registeredCapitalCurrency,
                o.companyStatus, o.annualRevenue, o.annualRevenueCurrency, o.employeeCount, o.revenueYear,
                List.copyOf(o.certifications), o.businessLicenseUrl, o.taxCertificateUrl, o.isActive(),
                o.locked, o.verified, employeesCount, o.getDeletedAt(), o.getCreatedAt(), o.getUpdatedAt());
    }

    /**
     * Without the confidential figures (registration number, tax id, legal representative, capital, revenue,
     * head count, licence and tax certificate files): what callers without organization details see.
     */
    public OrganizationResponse withoutConfidential() {
        return new OrganizationResponse(id, name, code, organizationType, parentId, email, phone, website, logoUrl,
                description, street, city, stateProvince, postalCode, country, countryCode, companySize,
                companyNature, companyType, industry, industryCode, subIndustry, businessScope, null, null, null,
                establishedDate, null, null, companyStatus, null, null, null, null, certifications, null, null,
                isActive, isLocked, isVerified, employeesCount, deletedAt, createdAt, updatedAt);
    }
}
