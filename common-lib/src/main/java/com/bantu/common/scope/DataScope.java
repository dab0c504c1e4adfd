package com.bantu.common.scope;

import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which owned records the caller may see and change, from the verified token only: the {@code scope} claim
 * ({@code own}, {@code org}, {@code org_and_children}, {@code all}) and the organization ids it covers
 * ({@code scope_orgs}). A token without a scope falls back to its roles' default, the widest of them: ADMIN, FINANCE
 * and SERVICE (another service's token) {@code all}, OPERATION {@code org_and_children}, SALES {@code own}, anything
 * else (AGENT, no role) nothing.
 * <p>
 * A record is in scope when the level is {@code all}, or one of its user columns (owner, creator, sales user,
 * assignee…) is the caller, or, for the organization levels, its organization is one of the covered organizations
 * (the caller's own organization always is). Services turn this into query conditions with {@link Owned} (JPA) or
 * {@link #sql} (hand-written SQL), and check a loaded row with {@link #covers}; a record outside the scope is
 * answered as not found (404), never 403, so ids cannot be probed.
 */
public record DataScope(Level level, String userId, String organizationId, Set<String> organizationIds) {

    public enum Level {
        /** Sees no owned record at all. */
        NONE,
        /** Records whose user columns name the caller. */
        OWN,
        /** {@link #OWN} plus records of the caller's organization(s). */
        ORG,
        /** {@link #ORG} with the organizations below it (foundation resolves the tree into {@code scope_orgs}). */
        ORG_AND_CHILDREN,
        /** Every record. */
        ALL;

        /**
         * The claim's value ({@code own}, {@code org}, {@code org_and_children}, {@code all}, any case); null when
         * absent or unknown.
         */
        public static Level parse(String claim) {
            if (claim == null || claim.isBlank()) {
                return null;
            }
            return switch (claim.trim().toLowerCase(Locale.ROOT)) {
                case "own" -> OWN;
                case "org" -> ORG;
                case "org_and_children" -> ORG_AND_CHILDREN;
                case "all" -> ALL;
                default -> null;
            };
        }

        boolean byOrganization() {
            return this == ORG || this == ORG_AND_CHILDREN;
        }
    }

    public DataScope {
        Objects.requireNonNull(level, "level");
        organizationIds = organizationIds == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(organizationIds));
    }

    /** The scope of the current request's principal. */
    public static DataScope current() {
        return of(CurrentUser.get());
    }

    /** The scope a principal's token grants (its claim, else its roles' default). */
    public static DataScope of(BantuPrincipal p) {
        Level claimed = Level.parse(p.dataScope());
        return of(p, claimed != null ? claimed : roleDefault(p.roles()));
    }

    /**
     * The scope for changing records, where a service tells reads and writes apart: the same as {@link #of}, except
     * that FINANCE's default {@code all} is a read scope only (finance reads every record, and changes records only
     * through its own rights): without a claim, a FINANCE user's write default is that of their other roles.
     */
    public static DataScope forWrites(BantuPrincipal p) {
        Level claimed = Level.parse(p.dataScope());
        if (claimed != null) {
            return of(p, claimed);
        }
        return of(p, roleDefault(p.roles().stream().filter(r -> !"FINANCE".equalsIgnoreCase(r)).toList()));
    }

    /** {@link #forWrites} of the current request's principal. */
    public static DataScope currentForWrites() {
        return forWrites(CurrentUser.get());
    }

    /** This scope, no wider than {@code max} (e.g. a resource where a role sees only its own rows). */
    public DataScope atMost(Level max) {
        if (level.compareTo(max) <= 0) {
            return this;
        }
        return new DataScope(max, userId, organizationId, max.byOrganization() ? organizationIds : Set.of());
    }

    private static DataScope of(BantuPrincipal p, Level level) {
        Set<String> orgs = new LinkedHashSet<>();
        if (level.byOrganization()) {
            if (p.organizationId() != null && !p.organizationId().isBlank()) {
                orgs.add(p.organizationId());
            }
            p.scopeOrgIds().stream().filter(o -> o != null && !o.isBlank()).forEach(orgs::add);
        }
        return new DataScope(level, p.userId(), p.organizationId(), orgs);
    }

    /** The default of a token without a {@code scope} claim: the widest default of its roles. */
    public static Level roleDefault(List<String> roles) {
        Level widest = Level.NONE;
        for (String role : roles) {
            Level l = switch (role == null ? "" : role.toUpperCase(Locale.ROOT)) {
                case "ADMIN", "FINANCE", "SERVICE" -> Level.ALL;
                case "OPERATION" -> Level.ORG_AND_CHILDREN;
                case "SALES" -> Level.OWN;
                default -> Level.NONE;
            };
            if (l.compareTo(widest) > 0) {
                widest = l;
            }
        }
        return widest;
    }

    public boolean isAll() {
        return level == Level.ALL;
    }

    /** Whether a loaded record with this organization and these user columns (owner, creator…) is in scope. */
    public boolean covers(String recordOrganizationId, String... recordUserIds) {
        return switch (level) {
            case ALL -> true;
            case NONE -> false;
            case OWN -> mine(recordUserIds);
            case ORG, ORG_AND_CHILDREN -> mine(recordUserIds)
                    || (recordOrganizationId != null && organizationIds.contains(recordOrganizationId));
        };
    }

    /** {@link #covers} for a record without an organization column. */
    public boolean coversUsers(String... recordUserIds) {
        return covers(null, recordUserIds);
    }

    private boolean mine(String... recordUserIds) {
        return userId != null && Arrays.asList(recordUserIds).contains(userId);
    }

    /**
     * The scope as a SQL condition on a table's columns, for queries written in SQL: null when there is nothing to add
     * ({@code all}); every value is a bind parameter, in {@link Sql#args()} order. {@code organizationColumn} may be
     * null for a table without one. Column names come from the caller's code, never from a request.
     */
    public Sql sql(String organizationColumn, String... userColumns) {
        if (level == Level.ALL) {
            return null;
        }
        List<String> any = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (level != Level.NONE && userId != null) {
            for (String column : userColumns) {
                any.add(column + " = ?");
                args.add(userId);
            }
        }
        if (level.byOrganization() && organizationColumn != null && !organizationIds.isEmpty()) {
            any.add(organizationColumn + " IN (" + String.join(", ", Collections.nCopies(organizationIds.size(), "?"))
                    + ")");
            args.addAll(organizationIds);
        }
        if (any.isEmpty()) {
            return new Sql("1 = 0", List.of());
        }
        return new Sql("(" + String.join(" OR ", any) + ")", List.copyOf(args));
    }

    /** A SQL condition and its bind values. */
    public record Sql(String condition, List<Object> args) {
    }
}
