package com.bantu.common.test;

import com.bantu.common.security.JwtService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The permission codes foundation's seed grants each built-in role (its migrations V6 and V8), so that a test token
 * minted for a role carries the {@code perms} claim a real login of that role would carry. The services authorize by
 * permission ({@code hasRole('ADMIN') or hasAuthority('customer.view')}), so a role-only test token would be refused
 * everywhere but ADMIN's endpoints. foundation's {@code SeededGrantsIT} checks this map against its database, so it
 * cannot drift from the seed. ADMIN needs no codes (its role short-circuits every check); unknown roles get none.
 */
public final class SeededGrants {

    private static final List<String> STAFF = List.of("user.view", "user.list", "organization.view",
            "organization.list", "reference.view", "notification.view", "order.comment", "service_record.view",
            "analytics.view", "workflow.view", "workflow.operate");

    public static final Map<String, List<String>> BY_ROLE = Map.of(
            "SALES", join(STAFF, List.of("customer.create", "customer.view", "customer.update", "customer.list",
                    "lead.create", "lead.view", "lead.update", "lead.list", "lead.convert", "lead.delete",
                    "opportunity.create", "opportunity.view", "opportunity.update", "opportunity.list",
                    "opportunity.delete", "order.create", "order.view", "order.list", "order.update", "order.delete",
                    "order.upload", "product.view", "product.list", "payment_stage.manage", "service_record.create",
                    "service_record.update", "finance.receivable.view", "finance.report.view", "payment.record",
                    "collection_task.update")),
            "FINANCE", join(STAFF, List.of("order.view", "order.list", "finance.receivable.view",
                    "finance.receivable.manage", "finance.payable.view", "finance.payable.manage",
                    "finance.report.view", "finance.report.export", "customer.view", "product.view", "product.list",
                    "payment_stage.manage", "payment.record", "collection_task.update")),
            "OPERATION", join(STAFF, List.of("order.receive", "order.view", "order.update", "order.list",
                    "order.assign", "order.track", "order.upload", "product.view", "product.list", "vendor.view",
                    "customer.view", "customer.create", "customer.update", "service_record.create",
                    "service_record.update")),
            "AGENT", List.of("user.view", "organization.view", "agent.view"));

    private SeededGrants() {
    }

    /** The union of the seeded codes of {@code roles}, sorted. */
    public static List<String> of(Collection<String> roles) {
        TreeSet<String> codes = new TreeSet<>();
        roles.forEach(r -> codes.addAll(BY_ROLE.getOrDefault(r, List.of())));
        return List.copyOf(codes);
    }

    /**
     * {@code s} with the seeded codes of its roles as permissions, unless it names permissions itself (a test of a
     * custom grant set keeps its own).
     */
    public static JwtService.Subject apply(JwtService.Subject s) {
        if (!s.permissions().isEmpty()) {
            return s;
        }
        return new JwtService.Subject(s.userId(), s.username(), s.email(), s.roles(), s.organizationId(),
                s.tokenVersion(), of(s.roles()), s.dataScope(), s.scopeOrgIds());
    }

    private static List<String> join(List<String> a, List<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
