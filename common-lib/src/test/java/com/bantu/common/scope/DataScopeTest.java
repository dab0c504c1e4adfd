package com.bantu.common.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.scope.DataScope.Level;
import com.bantu.common.security.BantuPrincipal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataScopeTest {

    private static BantuPrincipal principal(String scope, List<String> orgs, String... roles) {
        return new BantuPrincipal("me", "me", null, List.of(roles), "org-1", "jti", Instant.now().plusSeconds(60),
                "access", 0, List.of(), scope, orgs);
    }

    @Test
    void claimWins() {
        assertThat(DataScope.of(principal("own", List.of(), "ADMIN")).level()).isEqualTo(Level.OWN);
        assertThat(DataScope.of(principal("ALL", List.of(), "SALES")).level()).isEqualTo(Level.ALL);
        assertThat(DataScope.of(principal("org_and_children", List.of("org-2"), "SALES")).organizationIds())
                .containsExactly("org-1", "org-2");
    }

    @Test
    void withoutClaimTheWidestRoleDefault() {
        assertThat(DataScope.of(principal(null, List.of(), "SALES")).level()).isEqualTo(Level.OWN);
        assertThat(DataScope.of(principal(null, List.of(), "OPERATION")).level()).isEqualTo(Level.ORG_AND_CHILDREN);
        assertThat(DataScope.of(principal(null, List.of(), "SALES", "FINANCE")).level()).isEqualTo(Level.ALL);
        assertThat(DataScope.of(principal(null, List.of(), "ADMIN")).level()).isEqualTo(Level.ALL);
        assertThat(DataScope.of(principal(null, List.of(), "SERVICE")).level()).isEqualTo(Level.ALL);
        assertThat(DataScope.of(principal(null, List.of(), "AGENT")).level()).isEqualTo(Level.NONE);
        assertThat(DataScope.of(principal(null, List.of())).level()).isEqualTo(Level.NONE);
        assertThat(DataScope.of(principal("bogus", List.of(), "SALES")).level()).isEqualTo(Level.OWN);
    }

    @Test
    void ownScopeIgnoresOrganizations() {
        DataScope own = DataScope.of(principal("own", List.of("org-2"), "SALES"));
        assertThat(own.organizationIds()).isEmpty();
        assertThat(own.covers("org-1", "someone", "me")).isTrue();
        assertThat(own.covers("org-1", "someone", null)).isFalse();
    }

    @Test
    void organizationScopeCoversItsOrganizationsAndOwnRows() {
        DataScope org = DataScope.of(principal("org", List.of("org-2"), "OPERATION"));
        assertThat(org.covers("org-2", "someone")).isTrue();
        assertThat(org.covers("org-1", "someone")).isTrue();
        assertThat(org.covers("org-3", "someone")).isFalse();
        assertThat(org.covers(null, "me")).isTrue();
        assertThat(org.covers(null, (String) null)).isFalse();
    }

    @Test
    void noneAndAll() {
        assertThat(DataScope.of(principal(null, List.of(), "AGENT")).covers("org-1", "me")).isFalse();
        assertThat(DataScope.of(principal(null, List.of(), "ADMIN")).covers(null, (String) null)).isTrue();
    }

    @Test
    void financeReadsAllButItsWriteDefaultIsItsOtherRoles() {
        assertThat(DataScope.forWrites(principal(null, List.of(), "FINANCE")).level()).isEqualTo(Level.NONE);
        assertThat(DataScope.forWrites(principal(null, List.of(), "FINANCE", "SALES")).level()).isEqualTo(Level.OWN);
        assertThat(DataScope.forWrites(principal(null, List.of(), "FINANCE", "ADMIN")).level()).isEqualTo(Level.ALL);
        assertThat(DataScope.forWrites(principal("all", List.of(), "FINANCE")).level()).isEqualTo(Level.ALL);
    }

    @Test
    void atMostNarrows() {
        DataScope org = DataScope.of(principal("org", List.of("org-2"), "OPERATION"));
        assertThat(org.atMost(Level.OWN).level()).isEqualTo(Level.OWN);
        assertThat(org.atMost(Level.OWN).covers("org-2", "someone")).isFalse();
        assertThat(org.atMost(Level.ALL)).isSameAs(org);
    }

    @Test
    void sqlConditions() {
        assertThat(DataScope.of(principal(null, List.of(), "ADMIN")).sql("organization_id", "owner_user_id")).isNull();
        assertThat(DataScope.of(principal(null, List.of(), "AGENT")).sql("organization_id", "owner_user_id")
                .condition()).isEqualTo("1 = 0");
        DataScope.Sql own = DataScope.of(principal(null, List.of(), "SALES"))
                .sql("organization_id", "owner_user_id", "created_by");
        assertThat(own.condition()).isEqualTo("(owner_user_id = ? OR created_by = ?)");
        assertThat(own.args()).containsExactly("me", "me");
        DataScope.Sql org = DataScope.of(principal("org", List.of("org-2"), "SALES"))
                .sql("organization_id", "owner_user_id");
        assertThat(org.condition()).isEqualTo("(owner_user_id = ? OR organization_id IN (?, ?))");
        assertThat(org.args()).containsExactly("me", "org-1", "org-2");
    }
}
