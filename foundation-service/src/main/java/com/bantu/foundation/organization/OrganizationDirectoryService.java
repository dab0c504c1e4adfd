package com.bantu.foundation.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other services read about organizations: names by id and the counts analytics aggregates. */
@Service
public class OrganizationDirectoryService {

    private final OrganizationRepository orgs;
    private final OrganizationEmployeeRepository employees;

    public OrganizationDirectoryService(OrganizationRepository orgs, OrganizationEmployeeRepository employees) {
        this.orgs = orgs;
        this.employees = employees;
    }

    /** {@code {id: name}} for the given ids; unknown ids are absent. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        orgs.findByIdIn(ids).forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }

    /** Organizations per type, their total and the number of active employee links. */
    @Transactional(readOnly = true)
    public OrganizationStats stats() {
        Map<String, Long> byType = new TreeMap<>();
        orgs.countByType().forEach(r -> byType.put((String) r[0], (Long) r[1]));
        return new OrganizationStats(byType.values().stream().mapToLong(Long::longValue).sum(),
                employees.countByActiveTrue(), byType);
    }
}
