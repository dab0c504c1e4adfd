package com.bantu.foundation.organization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** A user's primary organization: id and name (name null when the organization row is gone). */
    public record PrimaryOrganization(String id, String name) {
    }

    /** {@code {user id: primary organization}} of the users that have an active primary link. */
    @Transactional(readOnly = true)
    public Map<String, PrimaryOrganization> primaryOrganizations(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<String, PrimaryOrganization> out = new LinkedHashMap<>();
        for (Object[] row : employees.primaryLinks(userIds)) {
            out.putIfAbsent((String) row[0], new PrimaryOrganization((String) row[1], (String) row[2]));
        }
        return out;
    }

    /** The user's active primary organization link's organization, if any. */
    @Transactional(readOnly = true)
    public Optional<Organization> primaryOf(String userId) {
        return employees.findFirstByUserIdAndPrimaryTrueAndActiveTrue(userId)
                .flatMap(e -> orgs.findById(e.getOrganizationId()));
    }

    /** Ids of the organizations the user is an active employee of. */
    @Transactional(readOnly = true)
    public List<String> organizationIds(String userId) {
        return employees.findByUserIdAndActiveTrue(userId).stream().map(OrganizationEmployee::getOrganizationId)
                .distinct().toList();
    }

    /** The organization and every non-deleted descendant (breadth first). */
    @Transactional(readOnly = true)
    public List<String> withDescendants(String orgId) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        orgs.findByDeletedAtIsNull().forEach(o -> {
            if (o.getParentId() != null) {
                children.computeIfAbsent(o.getParentId(), k -> new ArrayList<>()).add(o.getId());
            }
        });
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(orgId));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (out.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return List.copyOf(out);
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
