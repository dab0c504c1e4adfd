package com.bantu.servicemanagement.lookup;

import com.bantu.common.api.Patch;
/** Request → entity and entity → response for this feature, in one place. */
final class LookupMapper {

    private LookupMapper() {
    }

    static void apply(UpdateLookupRequest r, LookupEntity e) {
        e.name = Patch.text(r.name(), e.name);
        e.nameZh = Patch.text(r.nameZh(), e.nameZh);
        e.nameId = Patch.text(r.nameId(), e.nameId);
        e.description = Patch.value(r.description(), e.description);
        e.displayOrder = Patch.value(r.displayOrder(), e.displayOrder);
        e.active = Patch.value(r.isActive(), e.active);
    }

    static LookupResponse toResponse(LookupEntity e) {
        return toResponse(e, null);
    }

    /** {@code name} in the asked language ({@code zh|id}) when that name is set, else the default name. */
    static LookupResponse toResponse(LookupEntity e, String lang) {
        String localized = "zh".equals(lang) ? e.nameZh : "id".equals(lang) ? e.nameId : null;
        return new LookupResponse(e.getId(), e.code, localized != null ? localized : e.name, e.nameZh, e.nameId,
                e.description, e.displayOrder, e.active, e.getCreatedAt(), e.getUpdatedAt());
    }
}
