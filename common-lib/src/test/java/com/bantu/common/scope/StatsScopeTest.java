package com.bantu.common.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.error.ValidationException;
import com.bantu.common.scope.DataScope.Level;
import com.bantu.common.security.BantuPrincipal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsScopeTest {

    private static BantuPrincipal principal(String scope, List<String> orgs, String... roles) {
        return new BantuPrincipal("me", "me", null, List.of(roles), "org-1", "jti", Instant.now().plusSeconds(60),
                "access", 0, List.of(), scope, orgs);
    }

    @Test
    void allSendsNothingAndKeepsItsCacheKey() {
        StatsScope admin = StatsScope.of(principal(null, List.of(), "ADMIN"));
        assertThat(admin.isAll()).isTrue();
        assertThat(admin.toQuery()).isEmpty();
        assertThat(admin.cacheSuffix()).isEmpty();
        assertThat(StatsScope.fromQuery(k -> null)).isEqualTo(StatsScope.ALL);
        assertThat(StatsScope.fromQuery(Map.of("scope", "all", "scope_user_id", "x")::get)).isEqualTo(StatsScope.ALL);
    }

    @Test
    void aNarrowScopeRoundTripsThroughItsQueryParameters() {
        StatsScope org = StatsScope.of(principal("org_and_children", List.of("org-3", "org-2"), "sales", "OPERATION"));
        Map<String, String> query = org.toQuery();
        assertThat(query).containsEntry("scope", "org_and_children").containsEntry("scope_user_id", "me")
                .containsEntry("scope_org_ids", "org-1,org-2,org-3").containsEntry("scope_roles", "OPERATION,SALES");
        StatsScope back = StatsScope.fromQuery(query::get);
        assertThat(back).isEqualTo(org);
        assertThat(back.hasRole("sales")).isTrue();
        assertThat(back.cacheSuffix()).isEqualTo(":scope:org_and_children:me:org-1,org-2,org-3:OPERATION,SALES");
        DataScope d = back.dataScope();
        assertThat(d.level()).isEqualTo(Level.ORG_AND_CHILDREN);
        assertThat(d.covers("org-2")).isTrue();
        assertThat(d.covers("org-9", "someone")).isFalse();
        assertThat(d.covers("org-9", "me")).isTrue();
    }

    @Test
    void ownCarriesNoOrganizationsAndNoneCountsNothing() {
        StatsScope own = StatsScope.of(principal(null, List.of("org-2"), "SALES"));
        assertThat(own.toQuery()).containsOnlyKeys("scope", "scope_user_id", "scope_roles");
        assertThat(own.cacheSuffix()).isEqualTo(":scope:own:me:-:SALES");
        assertThat(own.dataScope().sql("o", "u").condition()).isEqualTo("(u = ?)");

        StatsScope none = StatsScope.of(principal(null, List.of(), "AGENT"));
        assertThat(none.level()).isEqualTo(Level.NONE);
        Map<String, String> q = new HashMap<>(none.toQuery());
        assertThat(StatsScope.fromQuery(q::get).dataScope().sql("o", "u").condition()).isEqualTo("1 = 0");
    }

    @Test
    void anUnknownLevelIsRefused() {
        assertThatThrownBy(() -> StatsScope.fromQuery(Map.of("scope", "everything")::get))
                .isInstanceOf(ValidationException.class);
    }
}
