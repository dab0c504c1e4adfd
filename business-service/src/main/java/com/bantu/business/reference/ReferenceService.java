package com.bantu.business.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seeded reference lists (customer levels, follow-up statuses) as other features use them. */
@Service
public class ReferenceService {

    private final CustomerLevelRepository levels;
    private final FollowUpStatusRepository followUpStatuses;

    public ReferenceService(CustomerLevelRepository levels, FollowUpStatusRepository followUpStatuses) {
        this.levels = levels;
        this.followUpStatuses = followUpStatuses;
    }

    @Transactional(readOnly = true)
    public List<CustomerLevel> activeLevels() {
        return levels.findByIsActiveTrueOrderBySortOrder();
    }

    @Transactional(readOnly = true)
    public List<FollowUpStatus> activeFollowUpStatuses() {
        return followUpStatuses.findByIsActiveTrueOrderBySortOrder();
    }

    /** Customer levels by code (unknown codes absent). */
    @Transactional(readOnly = true)
    public Map<String, CustomerLevel> levelsByCode(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : levels.findByCodeIn(codes).stream()
                .collect(Collectors.toMap(CustomerLevel::getCode, Function.identity()));
    }

    @Transactional(readOnly = true)
    public boolean levelExists(String code) {
        return levels.findByCode(code).isPresent();
    }
}
