package com.bantu.servicemanagement.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a create: the required fields are checked here; the rest as in {@link ContactUpdateRequest}. */
public record ContactCreateRequest(
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

    /** A create is a partial update of a new record whose required fields were checked. */
    ContactUpdateRequest asUpdate() {
        return new ContactUpdateRequest(customerId, firstName, lastName, email, phone, mobile, position, department,
                isPrimary, isDecisionMaker, contactRole, address, city, province, country,
                postalCode, preferredContactMethod, wechatId, notes, isActive);
    }
}
