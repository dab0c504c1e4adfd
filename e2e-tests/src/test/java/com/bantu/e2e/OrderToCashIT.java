package com.bantu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.PrometheusText;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestHttp.Resp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An order's way from submission through approval to cash, across the real business-, workflow- and finance-service
 * processes behind the real gateway, and what happens when one of them dies or is stopped on the way. After every
 * test each event producer's outbox is empty again ({@code bantu_events_incomplete} 0): nothing is left undelivered.
 */
class OrderToCashIT {

    static final String SALES_ROLE = "00000000-0000-0000-0000-000000000102";
    static final String FINANCE_ROLE = "00000000-0000-0000-0000-000000000103";
    static final String ORG = "00000000-0000-0000-0000-000000000001";
    static final List<String> PRODUCERS = List.of("business-service", "workflow-service", "finance-service");

    /** How long an asynchronous effect (an event delivered, a retry after a restart) may take on a loaded machine. */
    static final long PATIENCE = 120_000;

    static Suite suite;
    static TestHttp gw;
    static String admin;
    static String salesId;
    static String sales;
    static String finance;
    static String customerId;
    static String productId;

    @BeforeAll
    static void users() {
        suite = Suite.get();
        gw = new TestHttp(suite.gateway());
        admin = login("admin@bantu.sbs", Suite.ADMIN_PASSWORD);
        String salesEmail = newUser(SALES_ROLE);
        sales = login(salesEmail, "Passw0rd@123");
        salesId = gw.get("/api/foundation/auth/user-info", sales).data().get("id").asText();
        finance = login(newUser(FINANCE_ROLE), "Passw0rd@123");
        Resp customer = gw.post("/api/service-management/customers", admin, Map.of("name", "PT Cash " + suffix(),
                "customer_type", "organization", "owner_user_id", salesId));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(200);
        customerId = customer.data().get("id").asText();
        Resp product = gw.post("/api/service-management/products", admin, Map.of("name", "Work permit " + suffix()));
        assertThat(product.status()).as(product.toString()).isIn(200, 201);
        productId = product.data().get("id").asText();
    }

    @AfterEach
    void nothingLeftInAnOutbox() {
        // a fault test that failed half-way leaves its service stopped: the next test needs it
        PRODUCERS.stream().filter(s -> !suite.running(s)).forEach(suite::start);
        for (String service : PRODUCERS) {
            double left = eventually(() -> incompleteEvents(service), v -> v == 0, PATIENCE);
            assertThat(left).as("%s: incomplete event publications", service).isZero();
        }
    }

    // ------------------------------------------------------------------------------------------- approval (issue 12)

    @Test
    void aboveTheThresholdAnAdminThenFinanceApproveThroughTheTaskApi() {
        String orderId = order("150000000");
        JsonNode first = openTask(orderId);
        assertThat(complete(first, sales, "approved").status()).as("the order's own sales user").isIn(403, 404);
        assertThat(complete(first, admin, "approved").status()).isEqualTo(200);
        JsonNode second = eventually(() -> openTaskOrNull(orderId),
                t -> t != null && !t.get("id").asText().equals(first.get("id").asText()), PATIENCE);
        assertThat(second).as("a FINANCE review above 100 000 000 IDR").isNotNull();
        assertThat(complete(second, admin, "approved").status()).as("the first reviewer again").isEqualTo(403);
        assertThat(complete(second, finance, "approved").status()).isEqualTo(200);
        assertThat(awaitOrderStatus(orderId, "approved")).isEqualTo("approved");
        JsonNode instance = instance(orderId);
        assertThat(instance.get("status").asText()).isEqualTo("completed");
        assertThat(instance.get("result").asText()).isEqualTo("approved");
    }

    @Test
    void theSpaStatusButtonOfAnAdminApprovesThroughWorkflow() {
        String orderId = order("2500000");
        openTask(orderId);
        Resp button = gw.put("/api/order-workflow/orders/" + orderId, admin, Map.of("status_code", "approved"));
        assertThat(button.status()).as(button.toString()).isEqualTo(200);
        assertThat(awaitOrderStatus(orderId, "approved")).isEqualTo("approved");
        assertThat(instance(orderId).get("result").asText()).isEqualTo("approved");
    }

    @Test
    void workflowKilledBetweenSubmitAndApprovalKeepsItsInstanceAndTask() {
        String orderId = order("3000000");
        JsonNode task = openTask(orderId);
        String instanceId = instance(orderId).get("id").asText();

        suite.kill("workflow-service");
        suite.start("workflow-service");

        assertThat(instance(orderId).get("id").asText()).as("the same instance after kill -9").isEqualTo(instanceId);
        JsonNode after = openTask(orderId);
        assertThat(after.get("id").asText()).as("the same open task").isEqualTo(task.get("id").asText());
        assertThat(complete(after, admin, "approved").status()).isEqualTo(200);
        assertThat(awaitOrderStatus(orderId, "approved")).isEqualTo("approved");
        assertThat(instancesOf(orderId)).as("one approval per order, nothing duplicated").isEqualTo(1);
        assertThat(history(orderId)).as("one completed review").hasSize(1);
    }

    @Test
    void businessStoppedDuringTheApprovalGetsTheResultOnceWhenBack() {
        String orderId = order("4000000");
        JsonNode task = openTask(orderId);

        suite.stop("business-service");
        assertThat(complete(task, admin, "approved").status()).isEqualTo(200);
        assertThat(eventually(() -> incompleteEvents("workflow-service"), v -> v >= 1, PATIENCE))
                .as("approval.approved waits in workflow's outbox").isGreaterThanOrEqualTo(1);
        suite.start("business-service");

        assertThat(awaitOrderStatus(orderId, "approved")).isEqualTo("approved");
        assertThat(instancesOf(orderId)).isEqualTo(1);
        assertThat(history(orderId)).hasSize(1);
    }

    // ----------------------------------------------------------------------------------------- to cash (issue 13)

    @Test
    void anApprovedOrdersPlanReachesFinanceAndAConfirmedPaymentMovesRevenue() {
        String orderId = convertedOrder("6000000", "2000000", "4000000");
        approveByButton(orderId);
        JsonNode plan = eventually(() -> plan(orderId), p -> p != null && p.path("stages").size() == 2, PATIENCE);
        assertThat(plan.path("stages")).as("the opportunity's stages became the receivable plan").hasSize(2);
        JsonNode stage = plan.path("stages").get(0);
        assertThat(stage.get("amount").decimalValue()).isEqualByComparingTo("2000000");
        BigDecimal revenueBefore = revenue();

        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("order_id", orderId, "payment_stage_id", stage.get("id").asText(),
                "payment_type", "receipt", "amount", new BigDecimal("2000000"), "currency_code", "IDR",
                "payment_method", "bank_transfer", "payment_date", LocalDate.now().toString());
        Resp created = gw.send("POST", "/api/finance/payments", finance, body, Map.of("Idempotency-Key", key));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Resp replay = gw.send("POST", "/api/finance/payments", finance, body, Map.of("Idempotency-Key", key));
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        String paymentId = created.data().get("id").asText();
        assertThat(replay.data().get("id").asText()).as("the replay answers the first payment").isEqualTo(paymentId);
        Resp confirmed = gw.post("/api/finance/payments/" + paymentId + "/confirm", finance, Map.of());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        JsonNode paid = gw.get("/api/finance/receivables/" + stage.get("id").asText(), finance).data();
        assertThat(paid.get("status").asText()).isEqualTo("paid");
        assertThat(paid.get("paid_amount").decimalValue()).isEqualByComparingTo("2000000");
        Resp payments = gw.get("/api/finance/payments?order_id=" + orderId, finance);
        assertThat(payments.data().get("total").asLong()).as("one payment for the key").isEqualTo(1);
        BigDecimal after = eventually(OrderToCashIT::revenue,
                r -> r.compareTo(revenueBefore.add(new BigDecimal("2000000"))) == 0, PATIENCE);
        assertThat(after).as("analytics' revenue (finance's confirmed payments)")
                .isEqualByComparingTo(revenueBefore.add(new BigDecimal("2000000")));
    }

    // ----------------------------------------------------------------------------------------- faults (issue 15)

    @Test
    void financeDownWhenTheOrderIsApprovedGetsThePlanAfterItsRestart() {
        suite.stop("finance-service");
        String orderId = convertedOrder("1000000", "1000000");
        approveByButton(orderId);
        Resp write = gw.send("POST", "/api/finance/payments", finance, Map.of("order_id", orderId,
                "payment_type", "receipt", "amount", 1000000, "currency_code", "IDR", "payment_date",
                LocalDate.now().toString()), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(write.status()).as(write.toString()).isEqualTo(503);
        assertThat(write.body().get("code").asInt()).as("503 in the envelope").isEqualTo(503);
        Resp read = gw.get("/api/business/orders/" + orderId, sales);
        assertThat(read.status()).as("order reads go on").isEqualTo(200);
        assertThat(read.data().get("status_code").asText()).isEqualTo("approved");
        assertThat(incompleteEvents("business-service")).as("the plan waits in business' outbox").isPositive();

        suite.start("finance-service");
        JsonNode plan = eventually(() -> plan(orderId), p -> p != null && p.path("stages").size() == 1, PATIENCE);
        assertThat(plan.path("stages")).as("the plan arrived after the restart").hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String login(String email, String password) {
        Resp r = gw.post("/api/foundation/auth/login", null, Map.of("email", email, "password", password));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("token").asText();
    }

    private static String newUser(String roleId) {
        String name = "e2e" + suffix();
        Resp created = gw.post("/api/foundation/users", admin, Map.of("username", name, "email",
                name + "@example.com", "password", "Passw0rd@123", "organization_id", ORG, "role_ids",
                List.of(roleId)));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return name + "@example.com";
    }

    /** A submitted order of the SALES user, one item worth {@code amount} IDR. */
    private static String order(String amount) {
        Resp r = gw.post("/api/business/orders", sales, Map.of("title", "E2E order " + suffix(), "customer_id",
                customerId, "sales_user_id", salesId, "currency_code", "IDR", "order_items", List.of(Map.of(
                        "product_name", "Visa", "quantity", 1, "unit_price", new BigDecimal(amount)))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().get("status_code").asText()).isEqualTo("submitted");
        return r.data().get("id").asText();
    }

    /** An opportunity with the given payment stages (IDR) converted to an order worth their sum. */
    private static String convertedOrder(String amount, String... stages) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            plan.add(Map.of("stage_number", i + 1, "stage_name", "Stage " + (i + 1), "amount",
                    new BigDecimal(stages[i]), "due_date", LocalDate.now().plusDays(30L * (i + 1)).toString(),
                    "payment_trigger", "date"));
        }
        Resp opp = gw.post("/api/business/opportunities", sales, Map.of("name", "E2E deal " + suffix(),
                "customer_id", customerId, "amount", new BigDecimal(amount), "currency_code", "IDR",
                "products", List.of(Map.of("product_id", productId, "quantity", 1, "unit_price",
                        new BigDecimal(amount))), "payment_stages", plan));
        assertThat(opp.status()).as(opp.toString()).isEqualTo(201);
        Resp order = gw.post("/api/business/opportunities/" + opp.data().get("id").asText() + "/convert", sales,
                Map.of("order_title", "E2E converted " + suffix()));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.data().get("final_amount").decimalValue()).isEqualByComparingTo(amount);
        return order.data().get("id").asText();
    }

    private static void approveByButton(String orderId) {
        openTask(orderId);
        Resp button = gw.put("/api/business/orders/" + orderId, admin, Map.of("status_code", "approved"));
        assertThat(button.status()).as(button.toString()).isEqualTo(200);
        assertThat(awaitOrderStatus(orderId, "approved")).isEqualTo("approved");
    }

    private static JsonNode instance(String orderId) {
        Resp r = gw.get("/api/workflow/instances/by-business/order/" + orderId, admin);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private static long instancesOf(String orderId) {
        Resp r = gw.get("/api/workflow/instances?business_type=order&business_id=" + orderId, admin);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("total").asLong();
    }

    private static List<JsonNode> history(String orderId) {
        Resp r = gw.get("/api/workflow/instances/by-business/order/" + orderId + "/history", admin);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        JsonNode items = r.data().isArray() ? r.data() : r.data().path("items");
        items.forEach(h -> {
            if (!h.path("completed_at").isNull() && !h.path("completed_at").isMissingNode()) {
                out.add(h);
            }
        });
        return out;
    }

    /** The open review of the order's approval, waiting for order.submitted to have started it. */
    private static JsonNode openTask(String orderId) {
        JsonNode t = eventually(() -> openTaskOrNull(orderId), v -> v != null, PATIENCE);
        assertThat(t).as("an open review for order %s", orderId).isNotNull();
        return t;
    }

    private static JsonNode openTaskOrNull(String orderId) {
        Resp r = gw.get("/api/workflow/instances/by-business/order/" + orderId, admin);
        if (r.status() != 200) {
            return null;
        }
        for (JsonNode t : r.data().path("tasks")) {
            if (t.path("completed_at").isNull() && !"cancelled".equals(t.path("status").asText())) {
                return t;
            }
        }
        return null;
    }

    private static Resp complete(JsonNode task, String token, String outcome) {
        return gw.post("/api/workflow/tasks/" + task.get("id").asText() + "/complete", token,
                Map.of("outcome", outcome, "comment", "e2e " + outcome));
    }

    private static String awaitOrderStatus(String orderId, String status) {
        return eventually(() -> {
            Resp r = gw.get("/api/business/orders/" + orderId, sales);
            return r.status() == 200 ? r.data().get("status_code").asText() : "HTTP " + r.status();
        }, status::equals, PATIENCE);
    }

    private static JsonNode plan(String orderId) {
        Resp r = gw.get("/api/finance/orders/" + orderId + "/receivables", finance);
        return r.status() == 200 ? r.data() : null;
    }

    private static BigDecimal revenue() {
        Resp r = gw.get("/api/analytics-monitoring/analytics/orders/revenue?period=month", admin);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("total").decimalValue();
    }

    /**
     * {@code bantu_events_incomplete} of a service, read from its own {@code /actuator/prometheus} (ADMIN on the API
     * port; the management port is open to Prometheus only).
     */
    static double incompleteEvents(String service) {
        Resp r = new TestHttp(suite.direct(service)).get("/actuator/prometheus", admin);
        assertThat(r.status()).as("%s /actuator/prometheus", service).isEqualTo(200);
        return PrometheusText.value(r.raw(), "bantu_events_incomplete");
    }

    /** Polls {@code probe} until {@code done} holds or {@code millis} pass; returns the last value. */
    static <T> T eventually(Supplier<T> probe, Predicate<T> done, long millis) {
        long until = System.currentTimeMillis() + millis;
        T value = probe.get();
        while (!done.test(value) && System.currentTimeMillis() < until) {
            Suite.sleep(300);
            value = probe.get();
        }
        return value;
    }
}
