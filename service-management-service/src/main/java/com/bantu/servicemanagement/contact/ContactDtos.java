package com.bantu.servicemanagement.contact;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

public final class ContactDtos {

    private ContactDtos() {
    }

    /** Create and partial update body (a null field is left unchanged on update). */
    public record ContactRequest(
        @NotBlank(groups = OnCreate.class) @Size(min = 36, max = 36) String customerId,
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String firstName,
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String lastName,
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

    /** Copies every non-null field of the request onto the entity (create and partial update). */
    static void apply(ContactRequest r, Contact e) {
        if (r.customerId() != null) {
            e.customerId = r.customerId().trim();
        }
        if (r.firstName() != null) {
            e.firstName = r.firstName().trim();
        }
        if (r.lastName() != null) {
            e.lastName = r.lastName().trim();
        }
        if (r.email() != null) {
            e.email = r.email().trim();
        }
        if (r.phone() != null) {
            e.phone = r.phone().trim();
        }
        if (r.mobile() != null) {
            e.mobile = r.mobile().trim();
        }
        if (r.position() != null) {
            e.position = r.position().trim();
        }
        if (r.department() != null) {
            e.department = r.department().trim();
        }
        if (r.isDecisionMaker() != null) {
            e.isDecisionMaker = r.isDecisionMaker();
        }
        if (r.contactRole() != null) {
            e.contactRole = r.contactRole().trim();
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
        if (r.preferredContactMethod() != null) {
            e.preferredContactMethod = r.preferredContactMethod().trim();
        }
        if (r.wechatId() != null) {
            e.wechatId = r.wechatId().trim();
        }
        if (r.notes() != null) {
            e.notes = r.notes();
        }
        if (r.isActive() != null) {
            e.isActive = r.isActive();
        }
    }

    public record ContactResponse(
            String id,
            String customerId,
            String firstName,
            String lastName,
            String fullName,
            String email,
            String phone,
            String mobile,
            String position,
            String department,
            boolean isPrimary,
            boolean isDecisionMaker,
            String contactRole,
            String address,
            String city,
            String province,
            String country,
            String postalCode,
            String preferredContactMethod,
            String wechatId,
            String notes,
            String createdBy,
            String updatedBy,
            String customerName,
            boolean isActive,
            LocalDateTime createdAt,
            LocalDateTime updatedAt) {

        static ContactResponse of(Contact e, String customerName) {
            return new ContactResponse(e.getId(),
                    e.customerId,
                    e.firstName,
                    e.lastName,
                    e.fullName,
                    e.email,
                    e.phone,
                    e.mobile,
                    e.position,
                    e.department,
                    e.isPrimary,
                    e.isDecisionMaker,
                    e.contactRole,
                    e.address,
                    e.city,
                    e.province,
                    e.country,
                    e.postalCode,
                    e.preferredContactMethod,
                    e.wechatId,
                    e.notes,
                    e.createdBy,
                    e.updatedBy,
                    customerName,
                    e.isActive,
                    e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }
}
