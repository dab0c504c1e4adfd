package com.bantu.servicemanagement.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The current web client's customer-list filters ({@code industry_id}, {@code view_type=my|global}, empty strings
 * meaning absent) and the follow-up type allow-list.
 */
class CustomerFiltersIT extends IntegrationTestBase {

    private static final String API = "/api/service-management/customers";
    /** Seeded industries. */
    private static final String TECH = "81885d96-c0a8-5e56-b13d-7b8feca6408d";
    private static final String FINANCE = "bf45a8a6-b87a-50ad-bf14-2460db31b688";

    private List<String> names(String query, String token) {
        Resp r = http.get(API + "?size=100&" + query, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().get("items").forEach(n -> out.add(n.get("name").asText()));
        return out;
    }

    @Test
    void industryAndViewTypeFilterWithinTheDataScope() {
        String prefix = unique("Filter");
        String adminId = uuid();
        String admin = token(adminId, "ADMIN");
        createCustomer(map("name", prefix + "mine tech", "owner_user_id", adminId, "industry_id", TECH));
        createCustomer(map("name", prefix + "sales tech", "industry_id", TECH));
        createCustomer(map("name", prefix + "sales finance", "industry_id", FINANCE));

        assertThat(names("name=" + prefix + "&industry_id=" + TECH, admin))
                .containsExactlyInAnyOrder(prefix + "mine tech", prefix + "sales tech");
        assertThat(names("name=" + prefix + "&industry_id=" + TECH + "&view_type=my", admin))
                .containsExactly(prefix + "mine tech");
        assertThat(names("name=" + prefix + "&view_type=global", admin)).hasSize(3);
        // the current client sends empty strings for unset filters
        assertThat(names("name=" + prefix + "&industry_id=&view_type=", admin)).hasSize(3);

        // SALES: global is its data scope (its own customers), my is what it owns
        assertThat(names("name=" + prefix + "&view_type=global", sales()))
                .containsExactlyInAnyOrder(prefix + "sales tech", prefix + "sales finance");
        assertThat(names("name=" + prefix + "&view_type=my&industry_id=" + FINANCE, sales()))
                .containsExactly(prefix + "sales finance");
        assertThat(names("name=" + prefix + "&view_type=global", token("SALES"))).isEmpty();

        Resp bad = http.get(API + "?view_type=everyone", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("view_type");
    }

    @Test
    void followUpTypesAreTheKnownKinds() {
        String id = createCustomerId();
        for (String type : List.of("call", "meeting", "email", "note", "visit", "wechat", "whatsapp")) {
            Resp ok = http.post(API + "/" + id + "/follow-ups", sales(), map("follow_up_type", type));
            assertThat(ok.status()).as(type + " " + ok).isIn(200, 201);
        }
        Resp bad = http.post(API + "/" + id + "/follow-ups", sales(), map("follow_up_type", "fax",
                "content", "sent a fax"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("follow_up_type");
        assertThat(http.get(API + "/" + id + "/follow-ups", sales()).data().size()).isEqualTo(7);
        // content alone (no type) stays allowed
        assertThat(http.post(API + "/" + id + "/follow-ups", sales(), map("content", "note without a type"))
                .status()).isIn(200, 201);
    }
}
