package com.bantu.business.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Object-level access (BOLA) of orders, leads and opportunities, every verb, with five callers: AGENT, a user without
 * roles, SALES user B (another owner), SALES user A (the owner) and ADMIN. AGENT and no-role are refused by the right
 * (403); B gets 404 for A's records and lists without them; A and ADMIN reach them.
 */
class DataScopeMatrixIT extends IntegrationTestBase {

    private static final String LEADS = "/api/business/leads";
    private static final String OPPS = "/api/business/opportunities";

    private User a;
    private User b;
    private String agent;
    private String noRole;
    private String admin;
    private String order;
    private String item;
    private String lead;
    private String opportunity;

    @BeforeEach
    void recordsOfA() {
        a = user("SALES");
        b = user("SALES");
        agent = token(uuid(), "AGENT");
        noRole = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(uuid(), "nobody", null, List.of(), "org-1"))).token();
        admin = admin();
        JsonNode o = order(a);
        order = o.get("id").asText();
        item = http.get(ORDERS + "/" + order + "/items", a.token()).data().get(0).get("id").asText();
        lead = created(http.post(LEADS, a.token(), map("name", unique("Lead ")))).get("id").asText();
        opportunity = created(http.post(OPPS, a.token(), map("name", unique("Opp "), "customer_id",
                customer("PT Opp")))).get("id").asText();
    }

    private static JsonNode created(Resp r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.data();
    }

    private List<String> reads() {
        return List.of(ORDERS + "/" + order, ORDERS + "/" + order + "/items",
                ORDERS + "/" + order + "/items/" + item, ORDERS + "/" + order + "/stages",
                ORDERS + "/" + order + "/comments",
                LEADS + "/" + lead, LEADS + "/" + lead + "/follow-ups", LEADS + "/" + lead + "/notes",
                OPPS + "/" + opportunity, OPPS + "/" + opportunity + "/follow-ups",
                OPPS + "/" + opportunity + "/notes");
    }

    private List<Object[]> writes() {
        return List.of(
                new Object[] {"PUT", ORDERS + "/" + order, map("title", "Hijacked")},
                new Object[] {"POST", ORDERS + "/" + order + "/items", item(1, 5, 0)},
                new Object[] {"PUT", ORDERS + "/" + order + "/items/" + item, map("quantity", 3)},
                new Object[] {"DELETE", ORDERS + "/" + order + "/items/" + item, null},
                new Object[] {"DELETE", ORDERS + "/" + order, null},
                new Object[] {"PUT", LEADS + "/" + lead, map("company_name", "Hijacked")},
                new Object[] {"POST", LEADS + "/" + lead + "/move-to-pool", map()},
                new Object[] {"POST", LEADS + "/" + lead + "/notes", map("note_type", "task", "content", "x")},
                new Object[] {"DELETE", LEADS + "/" + lead, null},
                new Object[] {"PUT", OPPS + "/" + opportunity, map("name", "Hijacked")},
                new Object[] {"POST", OPPS + "/" + opportunity + "/notes", map("note_type", "task", "content", "x")},
                new Object[] {"DELETE", OPPS + "/" + opportunity, null});
    }

    @Test
    void agentAndNoRoleAreRefused() {
        for (String t : new String[] {agent, noRole}) {
            for (String r : reads()) {
                assertThat(http.get(r, t).status()).as("GET " + r).isEqualTo(403);
            }
            for (Object[] w : writes()) {
                assertThat(http.send((String) w[0], (String) w[1], t, w[2], Map.of()).status())
                        .as(w[0] + " " + w[1]).isEqualTo(403);
            }
            for (String list : new String[] {ORDERS, LEADS, OPPS}) {
                assertThat(http.get(list, t).status()).isEqualTo(403);
            }
        }
    }

    @Test
    void anotherSalesUserGets404AndChangesNothing() {
        for (String r : reads()) {
            assertThat(http.get(r, b.token()).status()).as("GET " + r).isEqualTo(404);
        }
        for (Object[] w : writes()) {
            Resp r = http.send((String) w[0], (String) w[1], b.token(), w[2], Map.of());
            assertThat(r.status()).as(w[0] + " " + w[1] + " " + r).isEqualTo(404);
        }
        assertThat(http.get(ORDERS + "/" + order, a.token()).data().get("title").asText()).isNotEqualTo("Hijacked");
        assertThat(http.get(LEADS + "/" + lead, a.token()).data().get("company_name").isNull()).isTrue();
        assertThat(http.get(OPPS + "/" + opportunity, a.token()).data().get("name").asText())
                .isNotEqualTo("Hijacked");
        assertThat(http.get(ORDERS + "/" + order + "/items", a.token()).data().size()).isEqualTo(1);
    }

    @Test
    void listsLeaveOutOtherPeoplesRecords() {
        assertThat(orderIds(b.token())).doesNotContain(order);
        assertThat(ids(http.get(LEADS + "?size=1000", b.token()), "items")).doesNotContain(lead);
        assertThat(ids(http.get(OPPS + "?size=1000", b.token()), "records")).doesNotContain(opportunity);
        assertThat(orderIds(a.token())).contains(order);
        assertThat(ids(http.get(LEADS + "?size=1000", a.token()), "items")).contains(lead);
        assertThat(ids(http.get(OPPS + "?size=1000", a.token()), "records")).contains(opportunity);
        assertThat(orderIds(admin)).contains(order);
        assertThat(orderIds(token("FINANCE"))).contains(order);
    }

    @Test
    void theOwnerAndTheAdminReachEverything() {
        for (String t : new String[] {a.token(), admin}) {
            for (String r : reads()) {
                assertThat(http.get(r, t).status()).as("GET " + r).isEqualTo(200);
            }
        }
        assertThat(http.put(ORDERS + "/" + order, a.token(), map("title", "Mine")).status()).isEqualTo(200);
        assertThat(http.put(ORDERS + "/" + order, admin, map("title", "Checked")).status()).isEqualTo(200);
        assertThat(http.put(LEADS + "/" + lead, a.token(), map("company_name", "PT A")).status()).isEqualTo(200);
        assertThat(http.put(LEADS + "/" + lead, admin, map("company_name", "PT A2")).status()).isEqualTo(200);
        assertThat(http.put(OPPS + "/" + opportunity, a.token(), map("name", "Mine")).status()).isEqualTo(200);
        assertThat(http.put(OPPS + "/" + opportunity, admin, map("name", "Checked")).status()).isEqualTo(200);
        // an owner is changed by an administrator only
        assertThat(http.put(LEADS + "/" + lead, a.token(), map("owner_user_id", b.id())).status()).isEqualTo(403);
        assertThat(http.put(OPPS + "/" + opportunity, a.token(), map("owner_user_id", b.id())).status())
                .isEqualTo(403);
    }

    @Test
    void organizationScopeAndPublicPool() {
        // a sales manager whose token's scope covers org-1 sees A's records
        String manager = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(uuid(), "manager", null, List.of("SALES"), "org-9",
                0, List.of(), "org_and_children", List.of("org-1")))).token();
        assertThat(http.get(ORDERS + "/" + order, manager).status()).isEqualTo(200);
        assertThat(http.get(LEADS + "/" + lead, manager).status()).isEqualTo(200);
        assertThat(http.get(OPPS + "/" + opportunity, manager).status()).isEqualTo(200);
        // the same user with an "own" scope does not
        String ownOnly = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(uuid(), "manager", null, List.of("SALES"), "org-1",
                0, List.of(), "own", List.of("org-1")))).token();
        assertThat(http.get(ORDERS + "/" + order, ownOnly).status()).isEqualTo(404);
        assertThat(http.get(LEADS + "/" + lead, ownOnly).status()).isEqualTo(404);
        // a lead in the public pool is readable by the organization, changed only after a claim
        assertThat(http.post(LEADS + "/" + lead + "/move-to-pool", a.token(), map()).status()).isEqualTo(200);
        assertThat(http.get(LEADS + "/" + lead, b.token()).status()).isEqualTo(200);
        assertThat(http.put(LEADS + "/" + lead, b.token(), map("company_name", "x")).status()).isEqualTo(403);
        String elsewhere = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(uuid(), "far", null, List.of("SALES"), "org-2")))
                .token();
        assertThat(http.get(LEADS + "/" + lead, elsewhere).status()).isEqualTo(404);
    }

    private List<String> orderIds(String token) {
        Resp r = http.get(ORDERS + "?size=1000", token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("orders").findValuesAsString("id");
    }

    private static List<String> ids(Resp r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().get(field).forEach(n -> out.add(n.get("id").asText()));
        return out;
    }
}
