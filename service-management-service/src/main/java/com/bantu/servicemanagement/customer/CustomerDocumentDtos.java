package com.bantu.servicemanagement.customer;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

public final class CustomerDocumentDtos {

    private CustomerDocumentDtos() {
    }

    /** Create and partial update body (a null field is left unchanged on update). */
    public record CustomerDocumentRequest(
        @NotBlank(groups = OnCreate.class) @Pattern(regexp = "^(passport|id_card|business_license|visa|other)$", message = "must be one of passport, id_card, business_license, visa, other") String documentType,
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String documentName,
        @Size(max = 100) String documentNumber,
        @Size(max = 100) String issuingCountry,
        @Size(max = 255) String issuingAuthority,
        LocalDate issueDate,
        LocalDate expiryDate,
        Boolean isValid,
        @Size(max = 500) String fileUrl,
        @Size(max = 500) String filePath,
        @Size(max = 255) String fileName,
        @PositiveOrZero Long fileSize,
        @Size(max = 50) String fileType,
        @Size(max = 500) String thumbnailUrl,
        @Size(max = 255) String fullName,
        @Size(max = 255) String firstName,
        @Size(max = 255) String lastName,
        LocalDate dateOfBirth,
        @Pattern(regexp = "^(male|female|other)$", message = "must be one of male, female, other") String gender,
        @Size(max = 100) String nationality,
        @Size(max = 255) String placeOfBirth,
        String address,
        @Size(max = 100) String city,
        @Size(max = 100) String province,
        @Size(max = 100) String country,
        @Size(max = 20) String postalCode,
        @Size(max = 50) String phone,
        @Size(max = 255) @Email String email,
        @Pattern(regexp = "^(active|expired|cancelled)$", message = "must be one of active, expired, cancelled") String status,
        String notes,
        Boolean isPrimary,
        Boolean isVerified) {
    }

    /** Copies every non-null field of the request onto the entity (create and partial update). */
    static void apply(CustomerDocumentRequest r, CustomerDocument e) {
        if (r.documentType() != null) {
            e.documentType = r.documentType();
        }
        if (r.documentName() != null) {
            e.documentName = r.documentName().trim();
        }
        if (r.documentNumber() != null) {
            e.documentNumber = r.documentNumber().trim();
        }
        if (r.issuingCountry() != null) {
            e.issuingCountry = r.issuingCountry().trim();
        }
        if (r.issuingAuthority() != null) {
            e.issuingAuthority = r.issuingAuthority().trim();
        }
        if (r.issueDate() != null) {
            e.issueDate = r.issueDate();
        }
        if (r.expiryDate() != null) {
            e.expiryDate = r.expiryDate();
        }
        if (r.isValid() != null) {
            e.isValid = r.isValid();
        }
        if (r.fileUrl() != null) {
            e.fileUrl = r.fileUrl().trim();
        }
        if (r.filePath() != null) {
            e.filePath = r.filePath().trim();
        }
        if (r.fileName() != null) {
            e.fileName = r.fileName().trim();
        }
        if (r.fileSize() != null) {
            e.fileSize = r.fileSize();
        }
        if (r.fileType() != null) {
            e.fileType = r.fileType().trim();
        }
        if (r.thumbnailUrl() != null) {
            e.thumbnailUrl = r.thumbnailUrl().trim();
        }
        if (r.fullName() != null) {
            e.fullName = r.fullName().trim();
        }
        if (r.firstName() != null) {
            e.firstName = r.firstName().trim();
        }
        if (r.lastName() != null) {
            e.lastName = r.lastName().trim();
        }
        if (r.dateOfBirth() != null) {
            e.dateOfBirth = r.dateOfBirth();
        }
        if (r.gender() != null) {
            e.gender = r.gender();
        }
        if (r.nationality() != null) {
            e.nationality = r.nationality().trim();
        }
        if (r.placeOfBirth() != null) {
            e.placeOfBirth = r.placeOfBirth().trim();
        }
        if (r.address() != null) {
            e.address = r.address();
        }
        if (r.city() != null) {
            e.city = r.city().trim();
        }
        if (r.province() != null) {
            e.province = r.province().trim();
        }
        if (r.country() != null) {
            e.country = r.country().trim();
        }
        if (r.postalCode() != null) {
            e.postalCode = r.postalCode().trim();
        }
        if (r.phone() != null) {
            e.phone = r.phone().trim();
        }
        if (r.email() != null) {
            e.email = r.email().trim();
        }
        if (r.status() != null) {
            e.status = r.status();
        }
        if (r.notes() != null) {
            e.notes = r.notes();
        }
        if (r.isPrimary() != null) {
            e.isPrimary = r.isPrimary();
        }
        if (r.isVerified() != null) {
            e.isVerified = r.isVerified();
        }
    }

    public record CustomerDocumentResponse(
            String id,
            String customerId,
            String customerName,
            String documentType,
            String documentName,
            String documentNumber,
            String issuingCountry,
            String issuingAuthority,
            LocalDate issueDate,
            LocalDate expiryDate,
            boolean isValid,
            String fileUrl,
            String filePath,
            String fileName,
            Long fileSize,
            String fileType,
            String thumbnailUrl,
            String fullName,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String gender,
            String nationality,
            String placeOfBirth,
            String address,
            String city,
            String province,
            String country,
            String postalCode,
            String phone,
            String email,
            String status,
            String notes,
            boolean isPrimary,
            boolean isVerified,
            String verifiedBy,
            LocalDateTime verifiedAt,
            String createdBy,
            String updatedBy,
            LocalDateTime createdAt,
            LocalDateTime updatedAt) {

        static CustomerDocumentResponse of(CustomerDocument e) {
            return new CustomerDocumentResponse(e.getId(),
                    e.customerId,
                    e.customerName,
                    e.documentType,
                    e.documentName,
                    e.documentNumber,
                    e.issuingCountry,
                    e.issuingAuthority,
                    e.issueDate,
                    e.expiryDate,
                    e.isValid,
                    e.fileUrl,
                    e.filePath,
                    e.fileName,
                    e.fileSize,
                    e.fileType,
                    e.thumbnailUrl,
                    e.fullName,
                    e.firstName,
                    e.lastName,
                    e.dateOfBirth,
                    e.gender,
                    e.nationality,
                    e.placeOfBirth,
                    e.address,
                    e.city,
                    e.province,
                    e.country,
                    e.postalCode,
                    e.phone,
                    e.email,
                    e.status,
                    e.notes,
                    e.isPrimary,
                    e.isVerified,
                    e.verifiedBy,
                    e.verifiedAt,
                    e.createdBy,
                    e.updatedBy,
                    e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }
}
