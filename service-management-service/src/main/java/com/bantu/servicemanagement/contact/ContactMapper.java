package com.bantu.servicemanagement.contact;

import com.bantu.common.api.Patch;

/** Request → entity and entity → response for this feature, in one place. */
final class ContactMapper {

    private ContactMapper() {
    }

    /** Copies the fields the request carries onto the entity (trimming short texts). */
    static void apply(UpdateContactRequest r, Contact e) {
        e.customerId = Patch.text(r.customerId(), e.customerId);
        e.firstName = Patch.text(r.firstName(), e.firstName);
        e.lastName = Patch.text(r.lastName(), e.lastName);
        e.email = Patch.text(r.email(), e.email);
        e.phone = Patch.text(r.phone(), e.phone);
        e.mobile = Patch.text(r.mobile(), e.mobile);
        e.position = Patch.text(r.position(), e.position);
        e.department = Patch.text(r.department(), e.department);
        e.isDecisionMaker = Patch.value(r.isDecisionMaker(), e.isDecisionMaker);
        e.contactRole = Patch.text(r.contactRole(), e.contactRole);
        e.address = Patch.value(r.address(), e.address);
        e.city = Patch.text(r.city(), e.city);
        e.province = Patch.text(r.province(), e.province);
        e.country = Patch.text(r.country(), e.country);
        e.postalCode = Patch.text(r.postalCode(), e.postalCode);
        e.preferredContactMethod = Patch.text(r.preferredContactMethod(), e.preferredContactMethod);
        e.wechatId = Patch.text(r.wechatId(), e.wechatId);
        e.notes = Patch.value(r.notes(), e.notes);
        e.active = Patch.value(r.isActive(), e.active);
    }

    static ContactResponse toResponse(Contact e, String customerName) {
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
                e.active,
                e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
