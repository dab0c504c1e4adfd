package com.bantu.servicemanagement.customer;

import com.bantu.common.api.Patch;

/** Request → entity and entity → response for this feature, in one place. */
final class CustomerDocumentMapper {

    private CustomerDocumentMapper() {
    }

    /** Copies the fields the request carries onto the entity (trimming short texts). */
    static void apply(UpdateCustomerDocumentRequest r, CustomerDocument e) {
        e.documentType = Patch.value(r.documentType(), e.documentType);
        e.documentName = Patch.text(r.documentName(), e.documentName);
        e.documentNumber = Patch.text(r.documentNumber(), e.documentNumber);
        e.issuingCountry = Patch.text(r.issuingCountry(), e.issuingCountry);
        e.issuingAuthority = Patch.text(r.issuingAuthority(), e.issuingAuthority);
        e.issueDate = Patch.value(r.issueDate(), e.issueDate);
        e.expiryDate = Patch.value(r.expiryDate(), e.expiryDate);
        e.isValid = Patch.value(r.isValid(), e.isValid);
        e.fileUrl = Patch.text(r.fileUrl(), e.fileUrl);
        e.filePath = Patch.text(r.filePath(), e.filePath);
        e.fileName = Patch.text(r.fileName(), e.fileName);
        e.fileSize = Patch.value(r.fileSize(), e.fileSize);
        e.fileType = Patch.text(r.fileType(), e.fileType);
        e.thumbnailUrl = Patch.text(r.thumbnailUrl(), e.thumbnailUrl);
        e.fullName = Patch.text(r.fullName(), e.fullName);
        e.firstName = Patch.text(r.firstName(), e.firstName);
        e.lastName = Patch.text(r.lastName(), e.lastName);
        e.dateOfBirth = Patch.value(r.dateOfBirth(), e.dateOfBirth);
        e.gender = Patch.value(r.gender(), e.gender);
        e.nationality = Patch.text(r.nationality(), e.nationality);
        e.placeOfBirth = Patch.text(r.placeOfBirth(), e.placeOfBirth);
        e.address = Patch.value(r.address(), e.address);
        e.city = Patch.text(r.city(), e.city);
        e.province = Patch.text(r.province(), e.province);
        e.country = Patch.text(r.country(), e.country);
        e.postalCode = Patch.text(r.postalCode(), e.postalCode);
        e.phone = Patch.text(r.phone(), e.phone);
        e.email = Patch.text(r.email(), e.email);
        e.status = Patch.value(r.status(), e.status);
        e.notes = Patch.value(r.notes(), e.notes);
        e.isPrimary = Patch.value(r.isPrimary(), e.isPrimary);
        e.isVerified = Patch.value(r.isVerified(), e.isVerified);
    }

    static CustomerDocumentResponse toResponse(CustomerDocument e) {
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
