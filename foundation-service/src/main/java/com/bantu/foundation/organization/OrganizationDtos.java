package com.bantu.foundation.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

public final class OrganizationDtos {

    private OrganizationDtos() {
    }

    static final String TYPES = "^(internal|vendor|agent)$";
    static final String SIZES = "^(micro|small|medium|large|enterprise)$";
    static final String NATURES = "^(state_owned|private|foreign|joint_venture|collective|individual|other)$";
    static final String COMPANY_TYPES = "^(limited|unlimited|partnership|sole_proprietorship|other)$";
    static final String STATUSES = "^(normal|cancelled|revoked|liquidated|other)$";

    public record CreateOrganizationRequest(
            @NotBlank @Size(max = 500) String name,
            @Size(min = 1, max = 255) String code,
            @NotBlank @Pattern(regexp = TYPES, message = "must be one of internal, vendor, agent") String organizationType,
            @Size(min = 36, max = 36) String parentId,
            @Email @Size(max = 255) String email,
            @Size(max = 50) String phone,
            @Size(max = 255) String website,
            @Size(max = 500) String logoUrl,
            String description,
            String street,
            @Size(max = 100) String city,
            @Size(max = 100) String stateProvince,
            @Size(max = 20) String postalCode,
            @Size(max = 100) String country,
            @Size(max = 10) String countryCode,
            @Pattern(regexp = SIZES, message = "must be one of micro, small, medium, large, enterprise") String companySize,
            @Pattern(regexp = NATURES, message = "must be one of state_owned, private, foreign, joint_venture, collective, individual, other") String companyNature,
            @Pattern(regexp = COMPANY_TYPES, message = "must be one of limited, unlimited, partnership, sole_proprietorship, other") String companyType,
            @Size(max = 100) String industry,
            @Size(max = 50) String industryCode,
            @Size(max = 100) String subIndustry,
            String businessScope,
            @Size(max = 100) String registrationNumber,
            @Size(max = 100) String taxId,
            @Size(max = 255) String legalRepresentative,
            LocalDate establishedDate,
            @PositiveOrZero BigDecimal registeredCapital,
            @Size(max = 10) String registeredCapitalCurrency,
            @Pattern(regexp = STATUSES, message = "must be one of normal, cancelled, revoked, liquidated, other") String companyStatus,
            @PositiveOrZero BigDecimal annualRevenue,
            @Size(max = 10) String annualRevenueCurrency,
            @PositiveOrZero Integer employeeCount,
            @Min(1900) @Max(2200) Integer revenueYear,
            List<@NotBlank String> certifications,
            @Size(max = 500) String businessLicenseUrl,
            @Size(max = 500) String taxCertificateUrl,
            Boolean isActive,
            @Size(max = 255) String accountGroup,
            @Size(max = 255) String categoryName) {
    }

    public record UpdateOrganizationRequest(
            @Size(min = 1, max = 500) String name,
            @Size(min = 1, max = 255) String code,
            @Email @Size(max = 255) String email,
            @Size(max = 50) String phone,
            @Size(max = 255) String website,
            @Size(max = 500) String logoUrl,
            String description,
            @Size(min = 36, max = 36) String parentId,
            Boolean isActive,
            Boolean isLocked) {
    }

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

    public record TreeNode(String id, String name, String code, String organizationType, boolean isActive,
                           List<TreeNode> children) {

        static TreeNode of(Organization o) {
            return new TreeNode(o.getId(), o.name, o.code, o.organizationType, o.isActive(), new ArrayList<>());
        }
    }

    public record EmployeeResponse(String id, String userId, String organizationId, String username,
                                   String displayName, String email, String phone, String position,
                                   String department, String employeeNumber, boolean isPrimary, boolean isManager,
                                   boolean isActive, LocalDate joinedAt) {
    }
}
