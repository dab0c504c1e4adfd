package com.bantu.workflow.instance;

import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;
import java.util.List;

/** Who acts: the verified token's user and roles, or the user a service names in an internal call. */
public record Caller(String userId, List<String> roles) {

    /** Roles that see every instance (FINANCE reads every order). */
    private static final java.util.Set<String> SEE_ALL = java.util.Set.of("ADMIN", "FINANCE");

    public Caller {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static Caller current() {
        BantuPrincipal p = CurrentUser.get();
        return new Caller(p.userId(), p.roles());
    }

    public boolean admin() {
        return roles.contains("ADMIN");
    }

    public boolean holds(String group) {
        return group != null && roles.contains(group);
    }

    public InstanceRepository.Scope scope() {
        return new InstanceRepository.Scope(roles.stream().anyMatch(SEE_ALL::contains), userId, roles);
    }
}
