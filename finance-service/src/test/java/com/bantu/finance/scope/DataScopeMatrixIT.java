package com.bantu.finance.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Object-level access (BOLA) of receivables, payments and collection tasks, every verb, with five callers: AGENT, a
 * user without roles, SALES user B (sales user of other orders), SALES user A (the order's sales user) and ADMIN
 * (FINANCE alike). Rows follow their order's sales user (finance's copy of the order).
 */
class DataScopeMatrixIT extends IntegrationTestBase {

    private static final String F = "/api/finance";

    private String aId;
    private String a;
    private String b;
    private String agent;
    private String noRole;
    private String order;
    private String stage;
    private String payment;
    private String task;

    @BeforeEach
    void moneyOfA() {
        BUSINESS.data("/internal/notifications", null);
        aId = uuid();
        a = token(aId, "SALES");
        b = token("SALES");
        agent = token("AGENT");
        noRole = jwt.issueAccess(new JwtService.Subject(uuid(), "nobody", null, List.of(), null)).token();
        order = order(aId, "CNY", "1000", "0.0005");
        stage = plan(order, List.of(stage(1, "1000", "2030-01-01"))).get("stages").get(0).get("id").asText();
        Resp paid = pay(a, uuid(), receipt(order, stage, "10", "CNY"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        payment = paid.data().get("id").asText();
        Resp t = http.post(F + "/collection-tasks/orders/" + order, finance(), map("notes", "call"));
        assertThat(t.status()).as(t.toString()).isEqualTo(201);
        task = t.data().get("id").asText();
    }

    private List<String> reads() {
        return List.of(F + "/receivables/" + stage, F + "/orders/" + order + "/receivables",
                F + "/payments/" + payment, F + "/collection-tasks/" + task,
                F + "/collection-tasks/orders/" + order);
    }

    /** Writes a SALES user may make on their own orders' rows. */
    private List<Object[]> salesWrites() {
        return List.of(
                new Object[] {"POST", F + "/collection-tasks/orders/" + order, map("notes", "x")},
                new Object[] {"PUT", F + "/collection-tasks/" + task, map("notes", "x")},
                new Object[] {"POST", F + "/collection-tasks/" + task + "/remind", map()},
                new Object[] {"POST", F + "/payments/" + payment + "/cancel", map("reason", "x")});
    }

    @Test
    void agentAndNoRoleAreRefused() {
        for (String t : new String[] {agent, noRole}) {
            for (String r : reads()) {
                assertThat(http.get(r, t).status()).as("GET " + r).isEqualTo(403);
            }
            for (Object[] w : salesWrites()) {
                assertThat(http.send((String) w[0], (String) w[1], t, w[2], Map.of()).status())
                        .as(w[0] + " " + w[1]).isEqualTo(403);
            }
            assertThat(pay(t, uuid(), receipt(order, stage, "5", "CNY")).status()).isEqualTo(403);
        }
    }

    @Test
    void anotherSalesUserGets404AndChangesNothing() {
        for (String r : reads()) {
            assertThat(http.get(r, b).status()).as("GET " + r).isEqualTo(404);
        }
        for (Object[] w : salesWrites()) {
            Resp r = http.send((String) w[0], (String) w[1], b, w[2], Map.of());
            assertThat(r.status()).as(w[0] + " " + w[1] + " " + r).isEqualTo(404);
        }
        assertThat(pay(b, uuid(), receipt(order, stage, "5", "CNY")).status()).isEqualTo(404);
        // finance's own writes are a right SALES lacks (403 before any lookup)
        assertThat(http.post(F + "/payments/" + payment + "/confirm", b, map()).status()).isEqualTo(403);
        assertThat(http.put(F + "/receivables/" + stage, b, map("notes", "x")).status()).isEqualTo(403);
        assertThat(http.get(F + "/payments/" + payment, a).data().get("status").asText()).isEqualTo("pending");
        assertThat(http.get(F + "/collection-tasks/" + task, a).data().get("notes").asText()).isEqualTo("call");
    }

    @Test
    void listsLeaveOutOtherPeoplesRows() {
        for (String list : new String[] {"/receivables", "/payments", "/collection-tasks"}) {
            assertThat(ids(http.get(F + list + "?size=100&order_id=" + order, b))).as(list).isEmpty();
            assertThat(ids(http.get(F + list + "?size=100&order_id=" + order, a))).as(list).isNotEmpty();
            assertThat(ids(http.get(F + list + "?size=100&order_id=" + order, admin()))).as(list).isNotEmpty();
            assertThat(ids(http.get(F + list + "?size=100&order_id=" + order, finance()))).as(list).isNotEmpty();
        }
    }

    @Test
    void theSalesUserAndAdminReachTheirRows() {
        for (String t : new String[] {a, admin(), finance()}) {
            for (String r : reads()) {
                assertThat(http.get(r, t).status()).as("GET " + r).isEqualTo(200);
            }
        }
        assertThat(http.post(F + "/collection-tasks/" + task + "/remind", a, map()).status()).isEqualTo(200);
        assertThat(http.post(F + "/payments/" + payment + "/cancel", a, map("reason", "typo")).status())
                .isEqualTo(200);
        assertThat(http.post(F + "/collection-tasks/" + task + "/remind", admin(), map()).status()).isEqualTo(200);
    }

    private static List<String> ids(Resp r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().get("items").forEach(n -> out.add(n.get("id").asText()));
        return out;
    }
}
