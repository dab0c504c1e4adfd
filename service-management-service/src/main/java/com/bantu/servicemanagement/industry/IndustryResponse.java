package com.bantu.servicemanagement.industry;

/** {@code name} is the name in the asked language ({@code lang=zh|id}, default zh). */
public record IndustryResponse(
        String id,
        String code,
        String nameZh,
        String nameId,
        String name,
        String descriptionZh,
        String descriptionId,
        int sortOrder,
        boolean isActive) {

    static IndustryResponse of(Industry i, String lang) {
        return new IndustryResponse(i.getId(), i.getCode(), i.getNameZh(), i.getNameId(), i.nameIn(lang),
                i.getDescriptionZh(), i.getDescriptionId(), i.getSortOrder(), i.isActive());
    }
}
