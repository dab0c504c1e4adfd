package com.bantu.business.lead;

import com.bantu.business.support.Scope;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead pools: named public pools per organization. Everyone who works leads reads the pools of their own
 * organization (an ADMIN reads all, optionally filtered by {@code organization_id}); only an ADMIN creates, edits
 * or deletes one. A pool of another organization is a 404. Deleting a pool leaves its leads in the public pool
 * without a pool ({@code pool_id} set null by the foreign key).
 */
@Service
public class LeadPoolService {

    static final String NOT_FOUND = "线索池不存在";

    public record PoolRequest(@NotBlank @Size(max = 255) String name, @Size(max = 36) String organizationId,
                              @Size(max = 5000) String description, Boolean isActive) {
    }

    public record PoolUpdate(@Size(min = 1, max = 255) String name, @Size(max = 5000) String description,
                             Boolean isActive) {
    }

    public record PoolResponse(String id, String name, String organizationId, String description, boolean isActive,
                               LocalDateTime createdAt, LocalDateTime updatedAt) {

        static PoolResponse of(LeadPool p) {
            return new PoolResponse(p.getId(), p.name, p.organizationId, p.description, p.isActive,
                    p.getCreatedAt(), p.getUpdatedAt());
        }
    }

    private final LeadPoolRepository pools;

    public LeadPoolService(LeadPoolRepository pools) {
        this.pools = pools;
    }

    @Transactional(readOnly = true)
    public List<PoolResponse> list(String organizationId, Boolean isActive) {
        Scope s = Scope.current();
        String org = s.admin() ? organizationId : s.organizationId();
        if (!s.admin() && org == null) {
            return List.of();
        }
        List<LeadPool> rows = org == null ? pools.findAllByOrderByNameAsc()
                : pools.findByOrganizationIdOrderByNameAsc(org);
        return rows.stream().filter(p -> isActive == null || p.isActive == isActive).map(PoolResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public PoolResponse get(String id) {
        return PoolResponse.of(visible(id));
    }

    @Transactional
    public PoolResponse create(PoolRequest r) {
        LeadPool p = new LeadPool();
        p.name = r.name().trim();
        p.organizationId = r.organizationId() != null && !r.organizationId().isBlank() ? r.organizationId()
                : Scope.current().organizationId();
        if (p.organizationId == null) {
            throw ValidationException.of("organization_id", "must not be blank (the caller has no organization)");
        }
        p.description = r.description();
        p.isActive = r.isActive() == null || r.isActive();
        return PoolResponse.of(pools.saveAndFlush(p));
    }

    @Transactional
    public PoolResponse update(String id, PoolUpdate r) {
        LeadPool p = visible(id);
        if (r.name() != null) {
            if (r.name().isBlank()) {
                throw ValidationException.of("name", "must not be blank");
            }
            p.name = r.name().trim();
        }
        if (r.description() != null) {
            p.description = r.description();
        }
        if (r.isActive() != null) {
            p.isActive = r.isActive();
        }
        return PoolResponse.of(pools.saveAndFlush(p));
    }

    @Transactional
    public void delete(String id) {
        pools.delete(visible(id));
    }

    /**
     * The pool a lead of {@code leadOrganization} may be moved into: it must exist, be active and belong to the
     * lead's organization (400 on {@code pool_id} otherwise).
     */
    @Transactional(readOnly = true)
    public String requireUsable(String poolId, String leadOrganization) {
        LeadPool p = pools.findById(poolId).orElse(null);
        if (p == null || !p.isActive) {
            throw ValidationException.of("pool_id", "no active lead pool with this id");
        }
        if (leadOrganization != null && !Objects.equals(p.organizationId, leadOrganization)) {
            throw ValidationException.of("pool_id", "the pool belongs to another organization");
        }
        return p.getId();
    }

    private LeadPool visible(String id) {
        LeadPool p = pools.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Scope s = Scope.current();
        if (!s.admin() && !Objects.equals(p.organizationId, s.organizationId())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return p;
    }
}
