package com.bantu.servicemanagement.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdateContactRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreateContactRequest(
        @NotBlank @Size(min = 36, max = 36) String customerId,
        @NotBlank @Size(min = 1, max = 255) String firstName,
        @NotBlank @Size(min = 1, max = 255) String lastName,
        @Size(max = 255) @Email String email,
        @Size(max = 50) String phone,
        @Size(max = 50) String mobile,
        @Size(max = 255) String position,
        @Size(max = 255) String department,
        Boolean isPrimary,
        Boolean isDecisionMaker,
        @Size(max = 100) String contactRole,
        String address,
        @Size(max = 100) String city,
        @Size(max = 100) String province,
        @Size(max = 100) String country,
        @Size(max = 20) String postalCode,
        @Size(max = 50) String preferredContactMethod,
        @Size(max = 100) String wechatId,
        String notes,
        Boolean isActive) {

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdateContactRequest asUpdate() {
        return new UpdateContactRequest(customerId, firstName, lastName, email, phone, mobile, position, department,
                isPrimary, isDecisionMaker, contactRole, address, city, province, country, postalCode,
                preferredContactMethod, wechatId, notes, isActive);
    }
}
