package com.bantu.foundation.internal;

import com.bantu.common.api.ApiResponse;
import com.bantu.foundation.organization.OrganizationEmployeeRepository;
import com.bantu.foundation.organization.OrganizationRepository;
import com.bantu.foundation.user.UserRepository;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service-to-service API (never routed by the gateway): display names for ids other services store ({@code {id:
 * name}}), and the counts analytics aggregates ({@link UserStats}, {@link OrganizationStats}). Callers use a service
 * token (role SERVICE) or an admin token, through common-lib's {@code InternalApiClient}.
 */
@Hidden
@RestController
@RequestMapping("/internal")
@PreAuthorize("hasAnyRole('SERVICE','ADMIN')")
public class InternalController {

    private static final int MAX_IDS = 1000;

    private final UserRepository users;
    private final OrganizationRepository orgs;
    private final OrganizationEmployeeRepository employees;

    public InternalController(UserRepository users, OrganizationRepository orgs,
                              OrganizationEmployeeRepository employees) {
        this.users = users;
        this.orgs = orgs;
        this.employees = employees;
    }

    /** {@code ?ids=a,b,c} → {@code {id: display name}}; unknown ids are absent. */
    @GetMapping("/users/names")
    @Transactional(readOnly = true)
    public ApiResponse<Map<String, String>> userNames(@RequestParam List<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        users.findAllById(ids.stream().limit(MAX_IDS).toList()).forEach(u -> names.put(u.getId(), u.label()));
        return ApiResponse.ok(names);
    }

    @GetMapping("/organizations/names")
    @Transactional(readOnly = true)
    public ApiResponse<Map<String, String>> organizationNames(@RequestParam List<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        orgs.findByIdIn(ids.stream().limit(MAX_IDS).toList()).forEach(o -> names.put(o.getId(), o.getName()));
        return ApiResponse.ok(names);
    }

    @GetMapping("/stats/users")
    @Transactional(readOnly = true)
    public ApiResponse<UserStats> userStats() {
        LocalDateTime now = LocalDateTime.now();
        Map<String, Long> byRole = new TreeMap<>();
        users.countByRole().forEach(r -> byRole.put((String) r[0], (Long) r[1]));
        Map<String, Long> lastLogin = new LinkedHashMap<>();
        lastLogin.put("today", users.countByDeletedAtIsNullAndLastLoginAtAfter(LocalDate.now().atStartOfDay()));
        lastLogin.put("last_7_days", users.countByDeletedAtIsNullAndLastLoginAtAfter(now.minusDays(7)));
        lastLogin.put("last_30_days", users.countByDeletedAtIsNullAndLastLoginAtAfter(now.minusDays(30)));
        lastLogin.put("never", users.countByDeletedAtIsNullAndLastLoginAtIsNull());
        return ApiResponse.ok(new UserStats(users.countByDeletedAtIsNull(), lastLogin.get("last_30_days"), byRole,
                lastLogin));
    }

    @GetMapping("/stats/organizations")
    @Transactional(readOnly = true)
    public ApiResponse<OrganizationStats> organizationStats() {
        Map<String, Long> byType = new TreeMap<>();
        orgs.countByType().forEach(r -> byType.put((String) r[0], (Long) r[1]));
        return ApiResponse.ok(new OrganizationStats(byType.values().stream().mapToLong(Long::longValue).sum(),
                employees.countByActiveTrue(), byType));
    }
}
