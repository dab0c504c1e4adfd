package com.bantu.servicemanagement.industry;

import com.bantu.common.api.QueryParams;
import com.bantu.common.persistence.Specs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Industries: a small seeded table, read whole (ten rows); customers refer to one by id. */
@Service
public class IndustryService {

    static final List<String> LANGS = List.of("zh", "id");

    private final IndustryRepository industries;

    public IndustryService(IndustryRepository industries) {
        this.industries = industries;
    }

    /** Plain array by sort order then code; {@code isActive} absent → active only; {@code lang} zh (default) or id. */
    @Transactional(readOnly = true)
    public List<IndustryResponse> list(String lang, Boolean isActive) {
        String language = QueryParams.requireOneOf("lang", lang == null || lang.isBlank() ? null : lang, LANGS);
        boolean active = isActive == null || isActive;
        return industries.findAll(Specs.<Industry>eq("active", active), Sort.by("sortOrder", "code")).stream()
                .map(i -> IndustryResponse.of(i, language)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Industry> byId(String id) {
        return industries.findById(id);
    }

    /** The industry whose code or Chinese/Indonesian name equals the text (case-insensitive), if any. */
    @Transactional(readOnly = true)
    public Optional<Industry> byCodeOrName(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return industries.findAll().stream().filter(i -> t.equals(lower(i.code)) || t.equals(lower(i.nameZh))
                || t.equals(lower(i.nameId))).findFirst();
    }

    @Transactional(readOnly = true)
    public Map<String, Industry> byIds(List<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Industry> out = new HashMap<>();
        if (!wanted.isEmpty()) {
            industries.findAllById(wanted).forEach(i -> out.put(i.getId(), i));
        }
        return out;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
