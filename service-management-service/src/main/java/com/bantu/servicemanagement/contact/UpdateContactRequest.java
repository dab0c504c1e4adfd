package com.bantu.servicemanagement.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Body of a partial update (PUT): every field is optional; a field that is absent or null is left unchanged. */
public record UpdateContactRequest(
        @Size(min = 36, max = 36) String customerId,
        @Size(min = 1, max = 255) String firstName,
        @Size(min = 1, max = 255) String lastName,
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
}
