package com.bantu.foundation.internal;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.Roles;
import com.bantu.foundation.organization.OrganizationDirectoryService;
import com.bantu.foundation.organization.OrganizationStats;
import com.bantu.foundation.user.UserDirectoryService;
import com.bantu.foundation.user.UserStats;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service-to-service API (never routed by the gateway): display names for ids other services store ({@code {id:
 * name}}), users' primary organizations, and the counts analytics aggregates ({@link UserStats}, {@link OrganizationStats}). Callers use a service
 * token (role SERVICE) or an admin token, through common-lib's {@code InternalApiClient}. The data comes from the
 * user and organization features' directory services (this controller touches no repository).
 */
@Hidden
@RestController
@RequestMapping("/internal")
@PreAuthorize(Roles.INTERNAL)
public class InternalController {

    private static final int MAX_IDS = 1000;

    private final UserDirectoryService users;
    private final OrganizationDirectoryService organizations;

    public InternalController(UserDirectoryService users, OrganizationDirectoryService organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    /** {@code ?ids=a,b,c} → {@code {id: display name}}; unknown ids are absent. */
    @GetMapping("/users/names")
    public ApiResponse<Map<String, String>> userNames(@RequestParam List<String> ids) {
        return ApiResponse.ok(users.displayNames(ids.stream().limit(MAX_IDS).toList()));
    }

    /**
     * {@code ?ids=a,b,c} → {@code {user id: primary organization id}} for the users with an active primary
     * organization (others absent). Service-management back-fills the organization of customers that predate it.
     */
    @GetMapping("/users/primary-organizations")
    public ApiResponse<Map<String, String>> primaryOrganizations(@RequestParam List<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        organizations.primaryOrganizations(ids.stream().limit(MAX_IDS).toList())
                .forEach((user, org) -> out.put(user, org.id()));
        return ApiResponse.ok(out);
    }

    @GetMapping("/organizations/names")
    public ApiResponse<Map<String, String>> organizationNames(@RequestParam List<String> ids) {
        return ApiResponse.ok(organizations.displayNames(ids.stream().limit(MAX_IDS).toList()));
    }

    @GetMapping("/stats/users")
    public ApiResponse<UserStats> userStats() {
        return ApiResponse.ok(users.stats());
    }

    @GetMapping("/stats/organizations")
    public ApiResponse<OrganizationStats> organizationStats() {
        return ApiResponse.ok(organizations.stats());
    }
}
