package com.bantu.common.scope;

import com.bantu.common.error.ValidationException;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The data scope of a dashboard reader, carried on analytics' calls of the owners' {@code /internal/stats/**}
 * endpoints (which a service token makes): the reader's {@link DataScope} level, user id and covered organizations,
 * and their roles (a producer may narrow by role as its lists do, e.g. an OPERATION-only user's orders). As query
 * parameters {@value #SCOPE}, {@value #USER_ID}, {@value #ORG_IDS} and {@value #ROLES} (lists comma-joined); a reader
 * who sees everything sends nothing, and no {@value #SCOPE} parameter means {@code all}, so the producers' fast
 * company-wide path stays the default.
 * <p>
 * Only {@code /internal/**} endpoints read these parameters, and only service (or ADMIN) tokens reach them: the
 * reader's scope was resolved by analytics from the reader's verified token, exactly as the services resolve their
 * own callers' scope ({@link DataScope#of}).
 */
public record StatsScope(DataScope.Level level, String userId, Set<String> organizationIds, Set<String> roles) {

    public static final String SCOPE = "scope";
    public static final String USER_ID = "scope_user_id";
    public static final String ORG_IDS = "scope_org_ids";
    public static final String ROLES = "scope_roles";

    /** Everything: no parameters, the company-wide figures. */
    public static final StatsScope ALL = new StatsScope(DataScope.Level.ALL, null, Set.of(), Set.of());

    public StatsScope {
        Objects.requireNonNull(level, "level");
        organizationIds = sorted(organizationIds);
        roles = sorted(roles == null ? null : roles.stream().map(r -> r.toUpperCase(Locale.ROOT)).toList());
        userId = userId == null || userId.isBlank() ? null : userId;
    }

    private static Set<String> sorted(Collection<String> values) {
        TreeSet<String> out = new TreeSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).forEach(out::add);
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The scope a principal reads with ({@link DataScope#of}: the token's claim, else its roles' default). */
    public static StatsScope of(BantuPrincipal p) {
        DataScope d = DataScope.of(p);
        if (d.isAll()) {
            return ALL;
        }
        return new StatsScope(d.level(), d.userId(), d.organizationIds(), Set.copyOf(p.roles()));
    }

    /** {@link #of} the current request's principal. */
    public static StatsScope current() {
        return of(CurrentUser.get());
    }

    public boolean isAll() {
        return level == DataScope.Level.ALL;
    }

    public boolean hasRole(String role) {
        return roles.contains(role.toUpperCase(Locale.ROOT));
    }

    /** The scope as a {@link DataScope}, for the producer's own query conditions ({@link DataScope#sql}, {@link Owned}). */
    public DataScope dataScope() {
        return new DataScope(level, userId, null, organizationIds);
    }

    /** The query parameters of a call carrying this scope; empty for {@code all}. */
    public Map<String, String> toQuery() {
        Map<String, String> out = new LinkedHashMap<>();
        if (isAll()) {
            return out;
        }
        out.put(SCOPE, level.name().toLowerCase(Locale.ROOT));
        if (userId != null) {
            out.put(USER_ID, userId);
        }
        if (!organizationIds.isEmpty()) {
            out.put(ORG_IDS, String.join(",", organizationIds));
        }
        if (!roles.isEmpty()) {
            out.put(ROLES, String.join(",", roles));
        }
        return out;
    }

    /**
     * The scope a call's query parameters carry ({@code param} reads one parameter, null when absent): {@code all}
     * without {@value #SCOPE}; 400 naming {@value #SCOPE} for an unknown level.
     */
    public static StatsScope fromQuery(Function<String, String> param) {
        String raw = param.apply(SCOPE);
        if (raw == null || raw.isBlank()) {
            return ALL;
        }
        DataScope.Level level = "none".equalsIgnoreCase(raw.trim()) ? DataScope.Level.NONE
                : DataScope.Level.parse(raw);
        if (level == null) {
            throw ValidationException.of(SCOPE, "must be one of none, own, org, org_and_children, all");
        }
        if (level == DataScope.Level.ALL) {
            return ALL;
        }
        return new StatsScope(level, param.apply(USER_ID), split(param.apply(ORG_IDS)), split(param.apply(ROLES)));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of() : Set.copyOf(sorted(Arrays.asList(joined.split(","))));
    }

    /**
     * What a cache key of this reader's figures ends with: {@code :scope:<level>:<user>:<orgs>:<roles>} (lists
     * comma-joined, sorted; {@code -} for none), or nothing for {@code all}, whose keys stay the company-wide ones.
     */
    public String cacheSuffix() {
        if (isAll()) {
            return "";
        }
        return ":scope:" + level.name().toLowerCase(Locale.ROOT) + ":" + (userId == null ? "-" : userId) + ":"
                + (organizationIds.isEmpty() ? "-" : String.join(",", organizationIds)) + ":"
                + (roles.isEmpty() ? "-" : String.join(",", roles));
    }
}
