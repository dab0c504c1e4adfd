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
import java.util.List;

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

    static final String TYPES = "^(internal|vendor|agent)$";
    static final String SIZES = "^(micro|small|medium|large|enterprise)$";
    static final String NATURES = "^(state_owned|private|foreign|joint_venture|collective|individual|other)$";
    static final String COMPANY_TYPES = "^(limited|unlimited|partnership|sole_proprietorship|other)$";
    static final String STATUSES = "^(normal|cancelled|revoked|liquidated|other)$";
}
