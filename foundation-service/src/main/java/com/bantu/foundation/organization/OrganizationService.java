package com.bantu.foundation.organization;

import com.bantu.common.api.PageQuery;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.foundation.user.TokenVersionService;
import com.bantu.foundation.user.User;
import com.bantu.foundation.user.UserDirectoryService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganizationService {

    public static final String NOT_FOUND = "组织不存在";

    private final OrganizationRepository orgs;
    private final OrganizationEmployeeRepository employees;
    private final UserDirectoryService users;
    private final JdbcTemplate jdbc;
    private final TokenVersionService tokenVersions;

    public OrganizationService(OrganizationRepository orgs, OrganizationEmployeeRepository employees,
                               UserDirectoryService users, JdbcTemplate jdbc, TokenVersionService tokenVersions) {
        this.orgs = orgs;
        this.employees = employees;
        this.users = users;
        this.jdbc = jdbc;
        this.tokenVersions = tokenVersions;
    }

    public record Filter(String name, String code, String organizationType, Boolean isActive, String parentId,
                         boolean includeDeleted) {
    }

    @Transactional(readOnly = true)
    public RecordsPage<OrganizationResponse> list(Filter f, PageQuery page) {
        Specification<Organization> spec = Specification.allOf(
                Specs.contains("name", f.name()), Specs.eq("code", f.code()),
                Specs.eq("organizationType", f.organizationType()), Specs.eq("active", f.isActive()),
                Specs.eq("parentId", f.parentId()),
                f.includeDeleted() ? Specs.all() : (root, q, cb) -> cb.isNull(root.get("deletedAt")));
        var result = orgs.findAll(spec, page.toPageable(Sort.by("organizationType", "code", "id")));
        Map<String, Long> counts = new LinkedHashMap<>();
        if (result.hasContent()) {
            employees.countActiveByOrganization(result.getContent().stream().map(Organization::getId).toList())
                    .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        }
        return RecordsPage.of(result, page, o -> OrganizationResponse.of(o, counts.getOrDefault(o.getId(), 0L)));
    }

    @Transactional(readOnly = true)
    public OrganizationResponse get(String id) {
        Organization o = orgs.getOrThrow(id, NOT_FOUND);
        return OrganizationResponse.of(o, employees.countByOrganizationIdAndActiveTrue(id));
    }

    @Transactional
    public OrganizationResponse create(CreateOrganizationRequest r) {
        if (r.code() != null && orgs.existsByCode(r.code().trim())) {
            throw new ConflictException("组织编码 " + r.code().trim() + " 已存在");
        }
        if (r.parentId() != null && !orgs.existsById(r.parentId())) {
            throw ValidationException.of("parent_id", "parent organization does not exist");
        }
        Organization o = new Organization();
        o.name = r.name().trim();
        o.code = r.code() == null ? null : r.code().trim();
        o.organizationType = r.organizationType();
        o.parentId = r.parentId();
        o.email = r.email();
        o.phone = r.phone();
        o.website = r.website();
        o.logoUrl = r.logoUrl();
        o.description = r.description();
        o.street = r.street();
        o.city = r.city();
        o.stateProvince = r.stateProvince();
        o.postalCode = r.postalCode();
        o.country = r.country();
        o.countryCode = r.countryCode();
        o.companySize = r.companySize();
        o.companyNature = r.companyNature();
        o.companyType = r.companyType();
        o.industry = r.industry();
        o.industryCode = r.industryCode();
        o.subIndustry = r.subIndustry();
        o.businessScope = r.businessScope();
        o.registrationNumber = r.registrationNumber();
        o.taxId = r.taxId();
        o.legalRepresentative = r.legalRepresentative();
        o.establishedDate = r.establishedDate();
        o.registeredCapital = r.registeredCapital();
        o.registeredCapitalCurrency = r.registeredCapitalCurrency() == null ? "CNY" : r.registeredCapitalCurrency();
        o.companyStatus = r.companyStatus();
        o.annualRevenue = r.annualRevenue();
        o.annualRevenueCurrency = r.annualRevenueCurrency() == null ? "CNY" : r.annualRevenueCurrency();
        o.employeeCount = r.employeeCount();
        o.revenueYear = r.revenueYear();
        o.certifications = r.certifications() == null ? new ArrayList<>() : new ArrayList<>(r.certifications());
        o.businessLicenseUrl = r.businessLicenseUrl();
        o.taxCertificateUrl = r.taxCertificateUrl();
        o.setActive(r.isActive() == null || r.isActive());
        orgs.saveAndFlush(o);
        if (!"internal".equals(o.organizationType)) {
            String table = "vendor".equals(o.organizationType) ? "vendor_extensions" : "agent_extensions";
            LocalDateTime now = LocalDateTime.now();
            jdbc.update("INSERT INTO " + table + " (organization_id, account_group, category_name, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?)", o.getId(), r.accountGroup(), r.categoryName(), now, now);
        }
        return OrganizationResponse.of(o, 0);
    }

    @Transactional
    public OrganizationResponse update(String id, UpdateOrganizationRequest r) {
        Organization o = orgs.getOrThrow(id, NOT_FOUND);
        if (r.code() != null && !r.code().trim().equals(o.code)) {
            if (orgs.existsByCode(r.code().trim())) {
                throw new ConflictException("组织编码 " + r.code().trim() + " 已存在");
            }
            o.code = r.code().trim();
        }
        if (r.name() != null) {
            o.name = r.name().trim();
        }
        if (r.email() != null) {
            o.email = r.email();
        }
        if (r.phone() != null) {
            o.phone = r.phone();
        }
        if (r.website() != null) {
            o.website = r.website();
        }
        if (r.logoUrl() != null) {
            o.logoUrl = r.logoUrl();
        }
        if (r.description() != null) {
            o.description = r.description();
        }
        if (r.parentId() != null && !r.parentId().equals(o.parentId)) {
            checkNoCycle(o.getId(), r.parentId());
            o.parentId = r.parentId();
        }
        boolean closed = (Boolean.FALSE.equals(r.isActive()) && o.isActive())
                || (Boolean.TRUE.equals(r.isLocked()) && !o.locked);
        if (r.isActive() != null) {
            o.setActive(r.isActive());
        }
        if (r.isLocked() != null) {
            o.locked = r.isLocked();
        }
        orgs.saveAndFlush(o);
        if (closed) {
            // locking or disabling an organization ends the sessions of the users it is the primary one of
            tokenVersions.endSessionsOf(employees.primaryUserIds(o.getId()));
        }
        return OrganizationResponse.of(o, employees.countByOrganizationIdAndActiveTrue(id));
    }

    /** A new parent must exist and must not be the organization itself or one of its descendants. */
    private void checkNoCycle(String id, String newParentId) {
        Set<String> seen = new HashSet<>();
        String cursor = newParentId;
        while (cursor != null) {
            if (cursor.equals(id)) {
                throw new ConflictException("An organization cannot be moved under itself or its descendants");
            }
            if (!seen.add(cursor)) {
                break;
            }
            String current = cursor;
            Organization parent = orgs.findById(current)
                    .orElseThrow(() -> ValidationException.of("parent_id", "parent organization does not exist"));
            cursor = parent.parentId;
        }
    }

    @Transactional
    public void delete(String id) {
        Organization o = orgs.getOrThrow(id, NOT_FOUND);
        long active = employees.countByOrganizationIdAndActiveTrue(id);
        if (active > 0) {
            throw new ConflictException("组织仍有 " + active + " 名在职员工，不可删除");
        }
        o.softDelete();
        orgs.saveAndFlush(o);
    }

    @Transactional
    public OrganizationResponse restore(String id) {
        Organization o = orgs.getOrThrow(id, NOT_FOUND);
        o.restore();
        orgs.saveAndFlush(o);
        return OrganizationResponse.of(o, employees.countByOrganizationIdAndActiveTrue(id));
    }

    @Transactional(readOnly = true)
    public List<TreeNode> tree() {
        List<Organization> all = orgs.findByDeletedAtIsNull();
        all.sort(Comparator.comparing((Organization o) -> o.organizationType)
                .thenComparing(o -> o.code == null ? "" : o.code));
        Map<String, TreeNode> nodes = new LinkedHashMap<>();
        all.forEach(o -> nodes.put(o.getId(), TreeNode.of(o)));
        List<TreeNode> roots = new ArrayList<>();
        for (Organization o : all) {
            TreeNode parent = o.parentId == null ? null : nodes.get(o.parentId);
            if (parent == null) {
                roots.add(nodes.get(o.getId()));
            } else {
                parent.children().add(nodes.get(o.getId()));
            }
        }
        return roots;
    }

    @Transactional(readOnly = true)
    public List<EmployeeResponse> employees(String id) {
        orgs.getOrThrow(id, NOT_FOUND);
        List<OrganizationEmployee> rows = employees.findByOrganizationIdAndActiveTrueOrderByCreatedAtAsc(id);
        Map<String, User> byId = users.byIds(rows.stream().map(OrganizationEmployee::getUserId).toList())
                .stream().collect(Collectors.toMap(User::getId, Function.identity()));
        return rows.stream().map(e -> {
            User u = byId.get(e.getUserId());
            return new EmployeeResponse(e.getId(), e.getUserId(), e.getOrganizationId(),
                    u == null ? null : u.getUsername(), u == null ? null : u.getDisplayName(),
                    e.getEmail() != null ? e.getEmail() : (u == null ? null : u.getEmail()), e.getPhone(),
                    e.getPosition(), e.getDepartment(), e.getEmployeeNumber(), e.isPrimary(), e.isManager(),
                    e.isActive(), e.getJoinedAt());
        }).toList();
    }

    /** Checks used when a user is attached to an organization. */
    @Transactional(readOnly = true)
    public Organization requireActive(String id, String field) {
        Organization o = orgs.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!o.isActive() || o.isDeleted()) {
            throw ValidationException.of(field, "组织未激活");
        }
        return o;
    }

    /** Makes {@code orgId} the user's primary organization (a new user, or a move). False when it already was. */
    @Transactional
    public boolean makePrimary(String userId, String orgId, String email) {
        var current = employees.findFirstByUserIdAndPrimaryTrueAndActiveTrue(userId);
        if (current.isPresent() && current.get().getOrganizationId().equals(orgId)) {
            return false;
        }
        requireActive(orgId, "organization_id");
        if (current.isPresent()) {
            current.get().moveTo(orgId);
            employees.save(current.get());
        } else {
            employees.save(OrganizationEmployee.primary(userId, orgId, email));
        }
        return true;
    }
}
