package com.bantu.servicemanagement.lookup;

import com.bantu.common.api.Patch;
/** Request → entity and entity → response for this feature, in one place. */
final class LookupMapper {

    private LookupMapper() {
    }

    static void apply(LookupUpdateRequest r, LookupEntity e) {
        e.name = Patch.text(r.name(), e.name);
        e.description = Patch.value(r.description(), e.description);
        e.displayOrder = Patch.value(r.displayOrder(), e.displayOrder);
        e.active = Patch.value(r.isActive(), e.active);
    }

    static LookupResponse toResponse(LookupEntity e) {
        return new LookupResponse(e.getId(), e.code, e.name, e.description, e.displayOrder, e.active,
                e.getCreatedAt(), e.getUpdatedAt());
    }
}
