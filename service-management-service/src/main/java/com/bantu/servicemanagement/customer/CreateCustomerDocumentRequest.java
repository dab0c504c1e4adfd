package com.bantu.servicemanagement.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdateCustomerDocumentRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreateCustomerDocumentRequest(
        @NotBlank @Pattern(regexp = "^(passport|id_card|business_license|visa|other)$", message = "must be one of passport, id_card, business_license, visa, other") String documentType,
        @NotBlank @Size(min = 1, max = 255) String documentName,
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

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdateCustomerDocumentRequest asUpdate() {
        return new UpdateCustomerDocumentRequest(documentType, documentName, documentNumber, issuingCountry,
                issuingAuthority, issueDate, expiryDate, isValid, fileUrl, filePath, fileName, fileSize, fileType,
                thumbnailUrl, fullName, firstName, lastName, dateOfBirth, gender, nationality, placeOfBirth, address,
                city, province, country, postalCode, phone, email, status, notes, isPrimary, isVerified);
    }
}
