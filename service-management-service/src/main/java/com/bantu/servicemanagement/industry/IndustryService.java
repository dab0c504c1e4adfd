package com.bantu.servicemanagement.industry;

import com.bantu.common.api.QueryParams;
import com.bantu.servicemanagement.support.ReferenceReads;
import java.util.List;
import org.springframework.stereotype.Service;

/** Industries: a small seeded table, read whole (ten rows); customers refer to one by id. */
@Service
public class IndustryService extends ReferenceReads<Industry> {

    static final List<String> LANGS = List.of("zh", "id");

    public IndustryService(IndustryRepository industries) {
        super(industries);
    }

    /** Plain array by sort order then code; {@code isActive} absent → active only; {@code lang} zh (default) or id. */
    public List<IndustryResponse> list(String lang, Boolean isActive) {
        String language = QueryParams.requireOneOf("lang", lang == null || lang.isBlank() ? null : lang, LANGS);
        return rows(isActive).stream().map(i -> IndustryResponse.of(i, language)).toList();
    }
}
