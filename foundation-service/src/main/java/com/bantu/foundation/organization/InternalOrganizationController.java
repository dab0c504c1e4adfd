package com.bantu.foundation.organization;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.persistence.Specs;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDateTime;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organizations for other services (never routed by the gateway), used by service-management's supplier pages:
 * {@code GET /internal/organizations} (filters {@code organization_type}, {@code name} contains, {@code code},
 * {@code is_active}, {@code is_locked}; records-page ordered by type, code) and {@code GET /internal/organizations/{id}}
 * (404 when unknown or deleted). Deleted organizations are never listed.
 */
@Hidden
@RestController
@RequestMapping("/internal/organizations")
@PreAuthorize(Roles.INTERNAL)
public class InternalOrganizationController {

    /** The fields another service needs of an organization. */
    public record InternalOrganization(String id, String name, String code, String organizationType, String email,
                                       String phone, boolean isActive, boolean isLocked, LocalDateTime createdAt,
                                       LocalDateTime updatedAt) {

        static InternalOrganization of(Organization o) {
            return new InternalOrganization(o.getId(), o.name, o.code, o.organizationType, o.email, o.phone,
                    o.isActive(), o.locked, o.getCreatedAt(), o.getUpdatedAt());
        }
    }

    private final OrganizationRepository orgs;

    public InternalOrganizationController(OrganizationRepository orgs) {
        this.orgs = orgs;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public ApiResponse<RecordsPage<InternalOrganization>> list(
            @RequestParam(name = "organization_type", required = false) String organizationType,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String code,
            @RequestParam(name = "is_active", required = false) Boolean isActive,
            @RequestParam(name = "is_locked", required = false) Boolean isLocked,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageQuery q = PageQuery.of(page, size);
        Specification<Organization> spec = Specification.allOf(
                Specs.eq("organizationType", blankToNull(organizationType)), Specs.contains("name", blankToNull(name)),
                Specs.eq("code", blankToNull(code)), Specs.eq("active", isActive), Specs.eq("locked", isLocked),
                (root, query, cb) -> cb.isNull(root.get("deletedAt")));
        return ApiResponse.ok(RecordsPage.of(orgs.findAll(spec, q.toPageable(Sort.by("organizationType", "code",
                "id"))), q, InternalOrganization::of));
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public ApiResponse<InternalOrganization> get(@PathVariable String id) {
        return ApiResponse.ok(orgs.findById(id).filter(o -> o.getDeletedAt() == null).map(InternalOrganization::of)
                .orElseThrow(() -> new NotFoundException(OrganizationService.NOT_FOUND)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
