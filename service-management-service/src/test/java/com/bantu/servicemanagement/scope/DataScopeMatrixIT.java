package com.bantu.servicemanagement.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Object-level access (BOLA) of every owned resource and verb, with the tokens of five callers: AGENT, a user without
 * roles, SALES user B (another owner), SALES user A (the owner) and ADMIN. AGENT and no-role are refused by the
 * endpoint's right (403) before anything is looked up; B gets 404 for A's records (never 403, so ids cannot be probed)
 * and lists without them; A and ADMIN reach them. Writes refused to B leave the rows unchanged.
 */
class DataScopeMatrixIT extends IntegrationTestBase {

    private static final String C = "/api/service-management/customers";
    private static final String CT = "/api/service-management/contacts";
    private static final String SR = "/api/service-management/service-records";
    private static final String ORG_A = "00000000-0000-0000-0000-0000000000a1";

    @Autowired
    JdbcTemplate jdbc;

    private String ownerId;
    private String adminId;
    private String agent;
    private String noRole;
    private String other;
    private String owner;
    private String admin;

    private String customer;
    private String contact;
    private String document;
    private String stage;
    private String record;

    @BeforeEach
    void aCustomerOfA() {
        ownerId = uuid();
        agent = token(uuid(), "AGENT", ORG_A, null, List.of());
        noRole = token(uuid(), null, ORG_A, null, List.of());
        other = token(uuid(), "SALES", ORG_A, null, List.of());
        owner = token(ownerId, "SALES", ORG_A, null, List.of());
        adminId = uuid();
        admin = token(adminId, "ADMIN", null, null, List.of());

        // the SPA sends owner_user_id null: the creator becomes the owner
        Map<String, Object> body = map("name", unique("Owned "), "owner_user_id", null);
        customer = ok(http.post(C, owner, body)).get("id").asText();
        contact = ok(http.post(CT, owner, map("customer_id", customer, "first_name", "Ani", "last_name", "A")))
                .get("id").asText();
        document = ok(http.post(C + "/" + customer + "/documents", owner, map("document_type", "passport",
                "document_name", "Passport"))).get("id").asText();
        stage = ok(http.post(C + "/" + customer + "/payment-stages", owner, map("stage_number", 1, "amount", 100)))
                .get("id").asText();
        record = ok(http.post(SR, owner, map("customer_id", customer, "service_name", "Visa"))).get("id").asText();
        ok(http.post(C + "/" + customer + "/follow-ups", owner, map("content", "called")));
    }

    private static JsonNode ok(Resp r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private List<String[]> reads() {
        return List.of(
                new String[] {C + "/" + customer},
                new String[] {C + "/" + customer + "/documents"},
                new String[] {C + "/" + customer + "/documents/" + document},
                new String[] {C + "/" + customer + "/payment-stages"},
                new String[] {C + "/" + customer + "/payment-stages/" + stage},
                new String[] {C + "/" + customer + "/follow-ups"},
                new String[] {CT + "/" + contact},
                new String[] {CT + "/customers/" + customer + "/contacts"},
                new String[] {SR + "/" + record},
                new String[] {SR + "/customers/" + customer + "/service-records"},
                new String[] {SR + "/" + record + "/follow-ups"});
    }

    /** Writes on A's records: {method, path, body}. */
    private List<Object[]> writes() {
        return List.of(
                new Object[] {"PUT", C + "/" + customer, map("level", "B")},
                new Object[] {"PUT", C + "/" + customer, map("owner_user_id", uuid())},
                new Object[] {"PUT", C + "/" + customer, map("is_locked", true)},
                new Object[] {"POST", C + "/" + customer + "/documents", map("document_type", "visa",
                        "document_name", "V")},
                new Object[] {"PUT", C + "/" + customer + "/documents/" + document, map("notes", "x")},
                new Object[] {"DELETE", C + "/" + customer + "/documents/" + document, null},
                new Object[] {"POST", C + "/" + customer + "/payment-stages", map("stage_number", 2, "amount", 5)},
                new Object[] {"PUT", C + "/" + customer + "/payment-stages/" + stage, map("amount", 1)},
                new Object[] {"DELETE", C + "/" + customer + "/payment-stages/" + stage, null},
                new Object[] {"POST", C + "/" + customer + "/follow-ups", map("content", "x")},
                new Object[] {"PUT", CT + "/" + contact, map("last_name", "Hijacked")},
                new Object[] {"DELETE", CT + "/" + contact, null},
                new Object[] {"PUT", SR + "/" + record, map("service_name", "Hijacked")},
                new Object[] {"PUT", SR + "/" + record, map("sales_user_id", uuid())},
                new Object[] {"POST", SR + "/" + record + "/follow-ups", map("content", "x")});
    }

    @Test
    void agentAndNoRoleAreRefusedEverything() {
        for (String t : new String[] {agent, noRole}) {
            for (String[] r : reads()) {
                assertThat(http.get(r[0], t).status()).as("GET " + r[0]).isEqualTo(403);
            }
            for (Object[] w : writes()) {
                assertThat(http.send((String) w[0], (String) w[1], t, w[2], Map.of()).status())
                        .as(w[0] + " " + w[1]).isEqualTo(403);
            }
            assertThat(http.get(C, t).status()).isEqualTo(403);
            assertThat(http.post(C, t, map("name", "x")).status()).isEqualTo(403);
        }
    }

    @Test
    void anotherSalesUserGets404ForEveryReadAndWriteAndChangesNothing() {
        String before = jdbc.queryForMap("SELECT level, owner_user_id, is_locked, version FROM customers WHERE id = ?",
                customer).toString();
        for (String[] r : reads()) {
            Resp got = http.get(r[0], other);
            assertThat(got.status()).as("GET " + r[0]).isEqualTo(404);
            assertThat(got.body().get("code").asInt()).isEqualTo(404);
        }
        for (Object[] w : writes()) {
            assertThat(http.send((String) w[0], (String) w[1], other, w[2], Map.of()).status())
                    .as(w[0] + " " + w[1]).isEqualTo(404);
        }
        // a body naming A's customer: the same answer as for a customer that does not exist
        assertThat(http.post(CT, other, map("customer_id", customer, "first_name", "X", "last_name", "Y")).fields())
                .containsExactly("customer_id");
        assertThat(http.post(SR, other, map("customer_id", customer)).fields()).containsExactly("customer_id");
        assertThat(http.post(C, other, map("name", unique("Child "), "parent_customer_id", customer)).fields())
                .containsExactly("parent_customer_id");
        // deleting is an administrator's right: 403 before any lookup
        assertThat(http.delete(C + "/" + customer, other).status()).isEqualTo(403);
        assertThat(http.delete(SR + "/" + record, other).status()).isEqualTo(403);

        assertThat(jdbc.queryForMap("SELECT level, owner_user_id, is_locked, version FROM customers WHERE id = ?",
                customer).toString()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT last_name FROM contacts WHERE id = ?", String.class, contact))
                .isEqualTo("A");
        assertThat(jdbc.queryForObject("SELECT service_name FROM service_records WHERE id = ?", String.class, record))
                .isEqualTo("Visa");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_documents WHERE customer_id = ?", Integer.class,
                customer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_stages WHERE customer_id = ?", Integer.class,
                customer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM follow_ups WHERE customer_id = ?", Integer.class,
                customer)).isEqualTo(1);
    }

    @Test
    void listsLeaveOutOtherPeoplesRecords() {
        assertThat(ids(http.get(C + "?size=1000&name=" + "Owned", other))).doesNotContain(customer);
        assertThat(ids(http.get(CT + "?size=1000&customer_id=" + customer, other))).isEmpty();
        assertThat(ids(http.get(SR + "?size=1000&customer_id=" + customer, other))).isEmpty();
        assertThat(ids(http.get(C + "?size=1000&owner_user_id=" + ownerId, other))).isEmpty();
        assertThat(http.get(C + "?size=1000&owner_user_id=" + ownerId, other).data().get("total").asLong()).isZero();

        assertThat(ids(http.get(C + "?size=1000&owner_user_id=" + ownerId, owner))).containsExactly(customer);
        assertThat(ids(http.get(CT + "?size=1000&customer_id=" + customer, owner))).containsExactly(contact);
        assertThat(ids(http.get(SR + "?size=1000&customer_id=" + customer, owner))).containsExactly(record);
        assertThat(ids(http.get(C + "?size=1000&owner_user_id=" + ownerId, admin))).containsExactly(customer);
        assertThat(ids(http.get(CT + "?size=1000&customer_id=" + customer, admin))).containsExactly(contact);
        assertThat(ids(http.get(SR + "?size=1000&customer_id=" + customer, admin))).containsExactly(record);
    }

    @Test
    void theOwnerAndTheAdminReachEverything() {
        for (String t : new String[] {owner, admin}) {
            for (String[] r : reads()) {
                assertThat(http.get(r[0], t).status()).as("GET " + r[0]).isEqualTo(200);
            }
        }
        ok(http.put(C + "/" + customer, owner, map("level", "B")));
        ok(http.put(CT + "/" + contact, owner, map("last_name", "Putri")));
        ok(http.put(SR + "/" + record, owner, map("service_name", "Visa B1")));
        ok(http.put(C + "/" + customer + "/documents/" + document, owner, map("notes", "seen")));
        ok(http.put(C + "/" + customer + "/payment-stages/" + stage, owner, map("amount", 90)));
        ok(http.post(SR + "/" + record + "/follow-ups", owner, map("content", "submitted")));
        ok(http.put(C + "/" + customer, admin, map("level", "C")));
        ok(http.put(SR + "/" + record, admin, map("priority", "high")));
        ok(http.delete(C + "/" + customer + "/documents/" + document, owner));
        ok(http.delete(C + "/" + customer + "/payment-stages/" + stage, admin));
        ok(http.delete(CT + "/" + contact, admin));
        assertThat(jdbc.queryForObject("SELECT updated_by FROM customers WHERE id = ?", String.class, customer))
                .as("updated_by from the token").isEqualTo(adminId);
    }

    @Test
    void onlyTheAdminChangesAnOwnerOrALock() {
        String b = uuid();
        String bToken = token(b, "SALES", ORG_A, null, List.of());
        Resp reassign = http.put(C + "/" + customer, owner, map("owner_user_id", b));
        assertThat(reassign.status()).as(reassign.toString()).isEqualTo(403);
        assertThat(http.put(C + "/" + customer, owner, map("is_locked", true)).status()).isEqualTo(403);
        assertThat(http.put(SR + "/" + record, owner, map("is_locked", true)).status()).isEqualTo(403);
        assertThat(http.put(SR + "/" + record, owner, map("sales_user_id", b)).status()).isEqualTo(403);
        assertThat(http.post(C, owner, map("name", unique("Gift "), "owner_user_id", b)).status()).isEqualTo(403);
        assertThat(http.post(C, owner, map("name", unique("Locked "), "is_locked", true)).status()).isEqualTo(403);
        // sending the values unchanged (a whole form) is fine
        ok(http.put(C + "/" + customer, owner, map("owner_user_id", ownerId, "is_locked", false)));

        ok(http.put(C + "/" + customer, admin, map("owner_user_id", b)));
        assertThat(http.get(C + "/" + customer, bToken).status()).as("the new owner sees it").isEqualTo(200);
        assertThat(http.get(C + "/" + customer, owner).status()).as("the creator still does").isEqualTo(200);
        ok(http.put(C + "/" + customer, admin, map("is_locked", true)));
        assertThat(http.put(C + "/" + customer, bToken, map("level", "Z")).status()).isEqualTo(409);
    }

    @Test
    void ownerAndAuditFieldsComeFromTheToken() {
        JsonNode c = ok(http.get(C + "/" + customer, owner));
        assertThat(c.get("owner_user_id").asText()).isEqualTo(ownerId);
        assertThat(jdbc.queryForMap("SELECT created_by, updated_by, organization_id FROM customers WHERE id = ?",
                customer)).containsEntry("created_by", ownerId).containsEntry("updated_by", ownerId)
                .containsEntry("organization_id", ORG_A);
        assertThat(jdbc.queryForObject("SELECT organization_id FROM service_records WHERE id = ?", String.class,
                record)).isEqualTo(ORG_A);

        // audit and provenance fields in a body are ignored
        String forged = uuid();
        JsonNode made = ok(http.post(C, owner, map("name", unique("Forged "), "created_by", forged, "updated_by",
                forged, "created_by_name", "Mallory", "owner_name", "Mallory", "id_external", "X-1",
                "organization_id", forged)));
        assertThat(made.get("created_by_name").isNull()).isTrue();
        assertThat(made.get("owner_name").isNull()).isTrue();
        assertThat(made.get("id_external").isNull()).isTrue();
        assertThat(jdbc.queryForMap("SELECT created_by, organization_id FROM customers WHERE id = ?",
                made.get("id").asText())).containsEntry("created_by", ownerId).containsEntry("organization_id", ORG_A);
        JsonNode sr = ok(http.post(SR, owner, map("customer_id", customer, "created_by", forged, "updated_by", forged,
                "created_by_name", "Mallory")));
        assertThat(sr.get("created_by").asText()).isEqualTo(ownerId);
        assertThat(sr.get("created_by_name").isNull()).isTrue();
    }

    @Test
    void organizationScopesSeeTheirOrganizationsRecords() {
        String inOrg = token(uuid(), "OPERATION", ORG_A, null, List.of());
        String elsewhere = token(uuid(), "OPERATION", uuid(), null, List.of());
        String manager = token(uuid(), "SALES", uuid(), "org_and_children", List.of(ORG_A));
        String ownOnly = token(uuid(), "OPERATION", ORG_A, "own", List.of());
        for (String t : new String[] {inOrg, manager}) {
            assertThat(http.get(C + "/" + customer, t).status()).isEqualTo(200);
            assertThat(http.get(SR + "/" + record, t).status()).isEqualTo(200);
            assertThat(http.get(CT + "/" + contact, t).status()).isEqualTo(200);
        }
        for (String t : new String[] {elsewhere, ownOnly}) {
            assertThat(http.get(C + "/" + customer, t).status()).isEqualTo(404);
            assertThat(http.get(SR + "/" + record, t).status()).isEqualTo(404);
            assertThat(http.get(CT + "/" + contact, t).status()).isEqualTo(404);
        }
        assertThat(ids(http.get(C + "?size=1000&owner_user_id=" + ownerId, inOrg))).containsExactly(customer);
        assertThat(ids(http.get(C + "?size=1000&owner_user_id=" + ownerId, elsewhere))).isEmpty();
        // FINANCE reads everything
        assertThat(http.get(C + "/" + customer, token(uuid(), "FINANCE", uuid(), null, List.of())).status())
                .isEqualTo(200);
    }

    @Test
    void theAssignedSalesUserSeesTheRecordButNotTheCustomer() {
        String assignee = uuid();
        String assigned = ok(http.post(SR, admin, map("customer_id", customer, "sales_user_id", assignee)))
                .get("id").asText();
        String t = token(assignee, "SALES", uuid(), null, List.of());
        assertThat(http.get(SR + "/" + assigned, t).status()).isEqualTo(200);
        assertThat(http.get(SR + "/" + record, t).status()).isEqualTo(404);
        assertThat(http.get(C + "/" + customer, t).status()).isEqualTo(404);
        assertThat(ids(http.get(SR + "?size=1000&customer_id=" + customer, t))).containsExactly(assigned);
    }

    private static List<String> ids(Resp r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().get("items").forEach(n -> out.add(n.get("id").asText()));
        return out;
    }
}
