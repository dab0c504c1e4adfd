package com.bantu.servicemanagement.servicerecord;

import com.bantu.common.api.Patch;
import com.bantu.servicemanagement.support.ImportProvenance;
import java.util.List;

/** Request → entity and entity → response for this feature, in one place. */
final class ServiceRecordMapper {

    private ServiceRecordMapper() {
    }

    /** Copies the fields the request carries onto the entity (trimming short texts). */
    static void apply(UpdateServiceRecordRequest r, ServiceRecord e) {
        e.customerId = Patch.text(r.customerId(), e.customerId);
        e.serviceTypeId = Patch.text(r.serviceTypeId(), e.serviceTypeId);
        e.productId = Patch.text(r.productId(), e.productId);
        e.serviceName = Patch.text(r.serviceName(), e.serviceName);
        e.serviceDescription = Patch.value(r.serviceDescription(), e.serviceDescription);
        e.serviceCode = Patch.text(r.serviceCode(), e.serviceCode);
        e.contactId = Patch.text(r.contactId(), e.contactId);
        e.salesUserId = Patch.text(r.salesUserId(), e.salesUserId);
        e.salesUsername = Patch.text(r.salesUsername(), e.salesUsername);
        e.statusDescription = Patch.text(r.statusDescription(), e.statusDescription);
        e.priority = Patch.value(r.priority(), e.priority);
        e.expectedStartDate = Patch.value(r.expectedStartDate(), e.expectedStartDate);
        e.expectedCompletionDate = Patch.value(r.expectedCompletionDate(), e.expectedCompletionDate);
        e.actualStartDate = Patch.value(r.actualStartDate(), e.actualStartDate);
        e.actualCompletionDate = Patch.value(r.actualCompletionDate(), e.actualCompletionDate);
        e.deadline = Patch.value(r.deadline(), e.deadline);
        e.estimatedPrice = Patch.value(r.estimatedPrice(), e.estimatedPrice);
        e.finalPrice = Patch.value(r.finalPrice(), e.finalPrice);
        e.currencyCode = Patch.text(r.currencyCode(), e.currencyCode);
        e.priceNotes = Patch.value(r.priceNotes(), e.priceNotes);
        e.quantity = Patch.value(r.quantity(), e.quantity);
        e.unit = Patch.text(r.unit(), e.unit);
        e.requirements = Patch.value(r.requirements(), e.requirements);
        e.customerRequirements = Patch.value(r.customerRequirements(), e.customerRequirements);
        e.internalNotes = Patch.value(r.internalNotes(), e.internalNotes);
        e.customerNotes = Patch.value(r.customerNotes(), e.customerNotes);
        e.requiredDocuments = Patch.value(r.requiredDocuments(), e.requiredDocuments);
        e.attachments = Patch.list(r.attachments(), e.attachments);
        e.lastFollowUpAt = Patch.value(r.lastFollowUpAt(), e.lastFollowUpAt);
        e.nextFollowUpAt = Patch.value(r.nextFollowUpAt(), e.nextFollowUpAt);
        e.followUpNotes = Patch.value(r.followUpNotes(), e.followUpNotes);
        e.tags = Patch.list(r.tags(), e.tags);
        e.category = Patch.text(r.category(), e.category);
        e.source = Patch.text(r.source(), e.source);
        e.channel = Patch.text(r.channel(), e.channel);
        e.referralCustomerId = Patch.text(r.referralCustomerId(), e.referralCustomerId);
        e.isLocked = Patch.value(r.isLocked(), e.isLocked);
        e.isUrgent = Patch.value(r.isUrgent(), e.isUrgent);
        e.isImportant = Patch.value(r.isImportant(), e.isImportant);
        e.setActive(Patch.value(r.isActive(), e.isActive()));
    }

    static ServiceRecordResponse toResponse(ServiceRecord e, String salesUsername) {
        return new ServiceRecordResponse(e.getId(),
                ImportProvenance.orEmpty(e.provenance),
                e.customerId,
                e.customerName,
                e.serviceTypeId,
                e.serviceTypeName,
                e.productId,
                e.productName,
                e.productCode,
                e.serviceName,
                e.serviceDescription,
                e.serviceCode,
                e.contactId,
                e.contactName,
                e.salesUserId,
                e.status,
                e.statusDescription,
                e.priority,
                e.expectedStartDate,
                e.expectedCompletionDate,
                e.actualStartDate,
                e.actualCompletionDate,
                e.deadline,
                e.estimatedPrice,
                e.finalPrice,
                e.currencyCode,
                e.priceNotes,
                e.quantity,
                e.unit,
                e.requirements,
                e.customerRequirements,
                e.internalNotes,
                e.customerNotes,
                e.requiredDocuments,
                List.copyOf(e.attachments),
                e.lastFollowUpAt,
                e.nextFollowUpAt,
                e.followUpNotes,
                List.copyOf(e.tags),
                e.category,
                e.source,
                e.channel,
                e.referralCustomerId,
                e.referralCustomerName,
                e.isLocked,
                e.isUrgent,
                e.isImportant,
                e.createdBy,
                e.updatedBy,
                salesUsername,
                e.isActive(),
                e.getDeletedAt(),
                e.version,
                e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
