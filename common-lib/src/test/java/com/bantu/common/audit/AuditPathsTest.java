package com.bantu.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.audit.AuditPaths.Target;
import org.junit.jupiter.api.Test;

class AuditPathsTest {

    private static final String ID = "0b9b2f4e-6f0a-4d43-9c1e-5a2f3e4d5c6b";
    private static final String ID2 = "1c9b2f4e-6f0a-4d43-9c1e-5a2f3e4d5c6b";

    @Test
    void collectionsAndItems() {
        assertThat(AuditPaths.of("POST", "/api/foundation/users"))
                .isEqualTo(new Target(false, "CREATE", "user", null, "user_management"));
        assertThat(AuditPaths.of("PUT", "/api/foundation/users/" + ID))
                .isEqualTo(new Target(false, "UPDATE", "user", ID, "user_management"));
        assertThat(AuditPaths.of("DELETE", "/api/service-management/categories/" + ID))
                .isEqualTo(new Target(false, "DELETE", "category", ID, "product_management"));
        assertThat(AuditPaths.of("POST", "/api/service-management/service-types").resourceType())
                .isEqualTo("service_type");
        assertThat(AuditPaths.of("POST", "/api/service-management/customer-sources").resourceType())
                .isEqualTo("customer_source");
        assertThat(AuditPaths.of("GET", "/api/foundation/roles/" + ID))
                .isEqualTo(new Target(true, "VIEW", "role", ID, "role_management"));
    }

    @Test
    void subResourcesArePrefixedWithTheirParent() {
        assertThat(AuditPaths.of("POST", "/api/business/orders/" + ID + "/items"))
                .isEqualTo(new Target(false, "CREATE", "order_item", null, "order_management"));
        assertThat(AuditPaths.of("PUT", "/api/business/orders/" + ID + "/items/" + ID2))
                .isEqualTo(new Target(false, "UPDATE", "order_item", ID2, "order_management"));
        assertThat(AuditPaths.of("POST", "/api/service-management/customers/" + ID + "/follow-ups"))
                .isEqualTo(new Target(false, "CREATE", "customer_follow_up", null, "customer_management"));
        assertThat(AuditPaths.of("DELETE", "/api/foundation/users/" + ID + "/roles/" + ID2).resourceType())
                .isEqualTo("user_role");
    }

    @Test
    void verbsUpdateTheResourceTheyFollow() {
        assertThat(AuditPaths.of("POST", "/api/service-management/customers/" + ID + "/assign"))
                .isEqualTo(new Target(false, "UPDATE", "customer", ID, "customer_management"));
        assertThat(AuditPaths.of("POST", "/api/order-workflow/leads/" + ID + "/convert-to-customer"))
                .isEqualTo(new Target(false, "UPDATE", "lead", ID, "lead_management"));
        assertThat(AuditPaths.of("POST", "/api/foundation/users/" + ID + "/reset-password"))
                .isEqualTo(new Target(false, "UPDATE", "user", ID, "user_management"));
        assertThat(AuditPaths.of("PUT", "/api/business/orders/" + ID + "/status").action()).isEqualTo("UPDATE");
        // creates an opportunity: its id comes from the response like any create
        assertThat(AuditPaths.of("POST", "/api/business/opportunities/convert-from-lead/" + ID))
                .isEqualTo(new Target(false, "CREATE", "opportunity", null, "opportunity_management"));
        assertThat(AuditPaths.of("POST", "/api/foundation/users/export"))
                .isEqualTo(new Target(false, "EXPORT", "user", null, "user_management"));
    }

    @Test
    void readOnlyPostsAreReads() {
        assertThat(AuditPaths.of("POST", "/api/order-workflow/leads/check-duplicate").read()).isTrue();
        assertThat(AuditPaths.of("POST", "/api/business/orders/calculate-order").read()).isTrue();
        assertThat(AuditPaths.of("POST", "/api/service-management/products/validate-dependencies").read()).isTrue();
    }

    @Test
    void auditLogsLogsAndNonApiPathsAreNeverRecorded() {
        assertThat(AuditPaths.of("POST", "/api/foundation/audit-logs/export")).isNull();
        assertThat(AuditPaths.of("POST", "/api/analytics-monitoring/logs/query")).isNull();
        assertThat(AuditPaths.of("POST", "/internal/events")).isNull();
        assertThat(AuditPaths.of("POST", "/api/foundation")).isNull();
    }

    @Test
    void servicesWithOneCategory() {
        assertThat(AuditPaths.of("POST", "/api/finance/payments").category()).isEqualTo("finance_management");
        assertThat(AuditPaths.of("POST", "/api/workflow/tasks/" + ID + "/complete"))
                .isEqualTo(new Target(false, "UPDATE", "task", ID, "workflow_management"));
        assertThat(AuditPaths.of("PUT", "/api/analytics-monitoring/monitoring/alerts/" + ID))
                .isEqualTo(new Target(false, "UPDATE", "alert", ID, "system_management"));
    }
}
