package com.bantu.servicemanagement.servicetype;

import com.bantu.common.api.Patch;

/** Request → entity and entity → response for this feature, in one place. */
final class ServiceTypeMapper {

    private ServiceTypeMapper() {
    }

    static void apply(UpdateServiceTypeRequest r, ServiceType e) {
        e.name = Patch.text(r.name(), e.name);
        e.nameEn = Patch.text(r.nameEn(), e.nameEn);
        e.description = Patch.value(r.description(), e.description);
        e.displayOrder = Patch.value(r.displayOrder(), e.displayOrder);
        e.active = Patch.value(r.isActive(), e.active);
    }

    static ServiceTypeResponse toResponse(ServiceType t) {
        return new ServiceTypeResponse(t.getId(), t.code, t.name, t.nameEn, t.description, t.displayOrder,
                t.active, t.getCreatedAt(), t.getUpdatedAt());
    }
}
