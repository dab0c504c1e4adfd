package com.bantu.e2e;

import static com.bantu.e2e.E2eApi.FINANCE_ROLE;
import static com.bantu.e2e.E2eApi.OPERATION_ROLE;
import static com.bantu.e2e.E2eApi.OUTBOXES;
import static com.bantu.e2e.E2eApi.PASSWORD;
import static com.bantu.e2e.E2eApi.PATIENCE;
import static com.bantu.e2e.E2eApi.PRODUCERS;
import static com.bantu.e2e.E2eApi.SALES_ROLE;
import static com.bantu.e2e.E2eApi.adminLogin;
import static com.bantu.e2e.E2eApi.assertOutboxesEmpty;
import static com.bantu.e2e.E2eApi.eventually;
import static com.bantu.e2e.E2eApi.login;
import static com.bantu.e2e.E2eApi.newUser;
import static com.bantu.e2e.E2eApi.suffix;
import static com.bantu.e2e.E2eApi.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestHttp.Resp;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An order's way from submission through approval to cash, across the real business-, workflow- and finance-service
 * processes behind the real gateway, from a SALES user's lead to a completed, paid order with its audit trail, and
 * what happens when one of them dies or is stopped on the way. After every test each event producer's outbox is
 * empty again ({@code bantu_events_incomplete} 0): nothing is left undelivered.
 */
class OrderToCashIT {

    static Suite suite;
    static TestHttp gw;
    static String admin;
    static String salesId;
    static String sales;
    static String finance;
    static String financeId;
    static String otherSales;
    static String adminId;
    static String customerId;
    static String productId;

    @BeforeAll
    static void users() {
        suite = Suite.get();
        gw = new TestHttp(suite.gateway());
        admin = adminLogin(gw);
        sales = login(gw, newUser(gw, admin, SALES_ROLE), PASSWORD);
        salesId = userId(gw, sales);
        adminId = userId(gw, admin);
        finance = login(gw, newUser(gw, admin, FINANCE_ROLE), PASSWORD);
        financeId = userId(gw, finance);
        otherSales = login(gw, newUser(gw, admin, SALES_ROLE), PASSWORD);
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
        Suite.SERVICES.stream().filter(s -> !suite.running(s)).forEach(suite::start);
        assertOutboxesEmpty(suite, admin, PRODUCERS);
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
        // the first aggregate of a cold analytics JVM may outlast the gateway's timeout: ask until it answers
        BigDecimal revenueBefore = eventually(OrderToCashIT::revenue, r -> r != null, PATIENCE);

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
                r -> r != null && r.compareTo(revenueBefore.add(new BigDecimal("2000000"))) == 0, PATIENCE);
        assertThat(after).as("analytics' revenue (finance's confirmed payments)")
                .isEqualByComparingTo(revenueBefore.add(new BigDecimal("2000000")));
    }

    // ------------------------------------------------------------------------------- the whole journey (issue 15)

    /**
     * A SALES user's lead becomes a customer, an opportunity with products and a payment plan, an order; ADMIN
     * approves it from the task inbox; finance gets the plan, a payment is recorded (and replayed: one payment) and
     * confirmed, the stage is paid; the order is assigned, processed and completed; analytics counts it and its
     * revenue; the audit log holds every write with its author; a second SALES user sees none of it.
     */
    @Test
    void aLeadBecomesCashEveryWriteIsAuditedWithItsAuthorAndAnotherSalesUserSeesNothing() {
        JsonNode ordersBefore = eventually(OrderToCashIT::ordersSummary, r -> r != null, PATIENCE);
        BigDecimal revenueBefore = eventually(OrderToCashIT::revenue, r -> r != null, PATIENCE);
        String tag = suffix();
        String phone = "0812" + (10_000_000 + Math.abs(tag.hashCode() % 89_999_999));
        List<Audited> writes = new ArrayList<>();

        // the lead, and the duplicate check the SPA runs before saving another one
        Resp lead = gw.post("/api/business/leads", sales, Map.of("name", "Budi " + tag, "company_name",
                "PT Lead " + tag, "contact_name", "Budi", "phone", phone, "email", "lead-" + tag + "@example.com"));
        assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
        String leadId = lead.data().get("id").asText();
        writes.add(new Audited("lead created", salesId, leadId));
        Resp duplicate = gw.post("/api/business/leads/check-duplicate", sales, Map.of("phone", phone));
        assertThat(duplicate.data().get("has_duplicate").asBoolean()).as(duplicate.toString()).isTrue();
        assertThat(duplicate.data().get("duplicates").findValuesAsString("id")).contains(leadId);
        Resp unique = gw.post("/api/business/leads/check-duplicate", sales,
                Map.of("email", "nobody-" + tag + "@example.com"));
        assertThat(unique.data().get("has_duplicate").asBoolean()).as(unique.toString()).isFalse();

        // lead → customer (service-management) and opportunity with products and a payment plan
        Resp opp = gw.post("/api/business/opportunities/convert-from-lead/" + leadId, sales, Map.of(
                "name", "Deal " + tag, "amount", new BigDecimal("5000000"), "currency_code", "IDR",
                "products", List.of(Map.of("product_id", productId, "quantity", 1, "unit_price",
                        new BigDecimal("5000000"))),
                "payment_stages", List.of(
                        Map.of("stage_number", 1, "stage_name", "Down payment", "amount", new BigDecimal("2000000"),
                                "due_date", LocalDate.now().plusDays(7).toString(), "payment_trigger", "date"),
                        Map.of("stage_number", 2, "stage_name", "Balance", "amount", new BigDecimal("3000000"),
                                "due_date", LocalDate.now().plusDays(60).toString(), "payment_trigger", "date"))));
        assertThat(opp.status()).as(opp.toString()).isEqualTo(201);
        String oppId = opp.data().get("id").asText();
        String newCustomerId = opp.data().get("customer_id").asText();
        writes.add(new Audited("opportunity converted from the lead", salesId, oppId, leadId));
        assertThat(opp.data().get("products")).hasSize(1);
        assertThat(opp.data().get("payment_stages")).hasSize(2);
        Resp converted = gw.get("/api/business/leads/" + leadId, sales);
        assertThat(converted.data().get("status").asText()).isEqualTo("converted");
        assertThat(converted.data().get("customer_id").asText()).isEqualTo(newCustomerId);
        Resp customer = gw.get("/api/service-management/customers/" + newCustomerId, sales);
        assertThat(customer.status()).as("the customer made from the lead, owned by its sales user").isEqualTo(200);
        assertThat(customer.data().get("owner_user_id").asText()).isEqualTo(salesId);

        // opportunity → submitted order with its item
        Resp order = gw.post("/api/business/opportunities/" + oppId + "/convert", sales,
                Map.of("order_title", "Order " + tag));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        String orderId = order.data().get("id").asText();
        writes.add(new Audited("order converted from the opportunity", salesId, orderId, oppId));
        assertThat(order.data().get("final_amount").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(awaitOrderStatus(orderId, "submitted")).isEqualTo("submitted");

        // ADMIN approves from the task inbox
        JsonNode task = eventually(() -> inboxTask(orderId), t -> t != null, PATIENCE);
        assertThat(task).as("the order's review in the ADMIN's inbox").isNotNull();
        assertThat(complete(task, admin, "approved").status()).isEqualTo(200);
        writes.add(new Audited("review completed", adminId, task.get("id").asText()));
        assertThat(awaitOrderStatus(orderId, "approved")).isEqualTo("approved");

        // the receivable plan in finance; a payment recorded, replayed, confirmed; the stage paid
        JsonNode plan = eventually(() -> plan(orderId), p -> p != null && p.path("stages").size() == 2, PATIENCE);
        assertThat(plan.path("stages")).as("the opportunity's payment plan became the receivable plan").hasSize(2);
        JsonNode stage = plan.path("stages").get(0);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("order_id", orderId, "payment_stage_id", stage.get("id").asText(),
                "payment_type", "receipt", "amount", new BigDecimal("2000000"), "currency_code", "IDR",
                "payment_method", "bank_transfer", "payment_date", LocalDate.now().toString());
        Resp payment = gw.send("POST", "/api/finance/payments", finance, body, Map.of("Idempotency-Key", key));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        String paymentId = payment.data().get("id").asText();
        Resp replay = gw.send("POST", "/api/finance/payments", finance, body, Map.of("Idempotency-Key", key));
        assertThat(replay.data().get("id").asText()).as("the replay answers the first payment").isEqualTo(paymentId);
        writes.add(new Audited("payment recorded", financeId, paymentId));
        assertThat(gw.post("/api/finance/payments/" + paymentId + "/confirm", finance, Map.of()).status())
                .isEqualTo(200);
        assertThat(gw.get("/api/finance/payments?order_id=" + orderId, finance).data().get("total").asLong())
                .as("one payment for the key").isEqualTo(1);
        assertThat(gw.get("/api/finance/receivables/" + stage.get("id").asText(), finance).data().get("status")
                .asText()).isEqualTo("paid");

        // the order is assigned, processed and completed
        String operationEmail = newUser(gw, admin, OPERATION_ROLE);
        String operation = login(gw, operationEmail, PASSWORD);
        String operationId = userId(gw, operation);
        Resp assigned = gw.post("/api/business/orders/" + orderId + "/assign", admin,
                Map.of("assigned_to_user_id", operationId));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        writes.add(new Audited("order assigned", adminId, orderId));
        for (String status : List.of("processing", "completed")) {
            Resp moved = gw.put("/api/business/orders/" + orderId, operation, Map.of("status_code", status));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        writes.add(new Audited("order processed and completed", operationId, orderId));
        assertThat(awaitOrderStatus(orderId, "completed")).isEqualTo("completed");

        // analytics shows the order and the revenue
        long completedBefore = ordersBefore.path("by_status").path("completed").asLong(0);
        JsonNode ordersAfter = eventually(OrderToCashIT::ordersSummary, r -> r != null
                && r.path("by_status").path("completed").asLong(0) == completedBefore + 1, PATIENCE);
        assertThat(ordersAfter.get("total").asLong()).as("orders in analytics")
                .isEqualTo(ordersBefore.get("total").asLong() + 1);
        assertThat(ordersAfter.path("by_status").path("completed").asLong(0)).isEqualTo(completedBefore + 1);
        BigDecimal revenue = eventually(OrderToCashIT::revenue, r -> r != null
                && r.compareTo(revenueBefore.add(new BigDecimal("2000000"))) == 0, PATIENCE);
        assertThat(revenue).isEqualByComparingTo(revenueBefore.add(new BigDecimal("2000000")));

        // the audit log: every write with its author
        for (Audited w : writes) {
            JsonNode record = eventually(() -> auditRecord(w), r -> r != null, PATIENCE);
            assertThat(record).as("an audit record of '%s' by %s for one of %s", w.what(), w.author(), w.ids())
                    .isNotNull();
            assertThat(record.get("status").asText()).as(record.toString()).isEqualTo("success");
        }

        // a second SALES user sees none of it
        for (String path : List.of("/api/business/leads/" + leadId, "/api/business/opportunities/" + oppId,
                "/api/business/orders/" + orderId, "/api/service-management/customers/" + newCustomerId)) {
            Resp r = gw.get(path, otherSales);
            assertThat(r.status()).as("another SALES user: GET %s", path).isEqualTo(404);
            assertThat(r.body().get("code").asInt()).isEqualTo(404);
        }
        for (String list : List.of("/api/business/leads?size=100", "/api/business/opportunities?size=100",
                "/api/business/orders?size=100", "/api/service-management/customers?size=100")) {
            Resp r = gw.get(list, otherSales);
            assertThat(r.status()).as("another SALES user: GET %s", list).isEqualTo(200);
            assertThat(r.raw()).as("another SALES user's %s", list)
                    .doesNotContain(leadId, oppId, orderId, newCustomerId);
        }
        for (String path : List.of("/api/finance/orders/" + orderId + "/receivables",
                "/api/finance/payments/" + paymentId, "/api/workflow/instances/by-business/order/" + orderId)) {
            assertThat(gw.get(path, otherSales).status()).as("another SALES user: GET %s", path).isIn(403, 404);
        }
    }

    /**
     * Audit records travel through each service's outbox: leads created while foundation is stopped (and while it
     * stops and starts) are each recorded once, with their author, after it is back.
     */
    @Test
    void auditRecordsOfWritesMadeWhileFoundationIsDownArriveOnceAfterItsRestart() throws InterruptedException {
        List<String> created = new CopyOnWriteArrayList<>();
        List<String> failed = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                try {
                    Resp r = gw.post("/api/business/leads", sales, Map.of("name", "Audited " + suffix()));
                    if (r.status() == 201) {
                        created.add(r.data().get("id").asText());
                    } else {
                        failed.add(r.toString());
                    }
                } catch (RuntimeException e) {
                    failed.add(e.toString());
                }
                Suite.sleep(200);
            }
        }, "e2e-lead-writer");
        writer.start();
        try {
            assertThat(eventually(created::size, n -> n >= 3, PATIENCE)).isGreaterThanOrEqualTo(3);
            suite.stop("foundation-service");
            int atStop = created.size();
            assertThat(eventually(created::size, n -> n >= atStop + 5, PATIENCE))
                    .as("leads are written while foundation is down").isGreaterThanOrEqualTo(atStop + 5);
            assertThat(eventually(() -> incompleteEvents("business-service"), v -> v >= 1, PATIENCE))
                    .as("their audit records wait in business' outbox").isGreaterThanOrEqualTo(1);
            suite.start("foundation-service");
            int atStart = created.size();
            assertThat(eventually(created::size, n -> n >= atStart + 3, PATIENCE)).isGreaterThanOrEqualTo(atStart + 3);
        } finally {
            writing.set(false);
            writer.join(60_000);
        }
        assertThat(failed).as("lead writes do not need foundation").isEmpty();
        for (String id : created) {
            JsonNode page = eventually(() -> auditPage("resource_id=" + id + "&action=CREATE"),
                    p -> p != null && p.get("total").asLong() >= 1, PATIENCE);
            assertThat(page).as("the audit page for lead %s", id).isNotNull();
            assertThat(page.get("total").asLong()).as("one CREATE record for lead %s", id).isEqualTo(1);
            JsonNode record = page.get("records").get(0);
            assertThat(record.get("user_id").asText()).isEqualTo(salesId);
            assertThat(record.get("resource_type").asText()).isEqualTo("lead");
        }
        assertOutboxesEmpty(suite, admin, OUTBOXES);
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

    // ------------------------------------------------------------------------------------ scale-out (issue 15)

    /**
     * Two processes each of business- and finance-service on the same schemas, behind the gateway: it is restarted
     * with both addresses of each ({@code BANTU_SERVICES_<NAME>_URLS}) and spreads the requests round robin; both
     * processes of each service serve requests (their own {@code http_server_requests} counts). Orders are made,
     * converted and approved, payments recorded and replayed (consecutive requests: the replay reaches the other
     * finance process); the second business process is killed mid-journey and the journey goes on through the
     * gateway (a refused connection is tried on the other instance); at the end the second finance process is
     * stopped and payments are still recorded and read. Every order gets one approval instance and one review, is
     * approved once and gets one plan; a payment key is one payment across both finance processes; the collection
     * job (every 10 s in these runs, ShedLock held for at least 30 s) never runs on both within 30 s.
     */
    @Test
    void twoReplicasOfBusinessAndFinanceApplyEveryEventOnceAndLosingOneLosesNothing() {
        String business2 = "business-service-2";
        String finance2 = "finance-service-2";
        Instant from = Instant.now();
        suite.startInstances(Map.of(business2, "business-service", finance2, "finance-service"));
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        urls.put("BANTU_SERVICES_BUSINESS_URLS", suite.direct("business-service") + "," + suite.direct(business2));
        urls.put("BANTU_SERVICES_FINANCE_URLS", suite.direct("finance-service") + "," + suite.direct(finance2));
        suite.restart("gateway-service", urls);
        try {
            Map<String, Double> servedBefore = new java.util.HashMap<>();
            for (String i : List.of("business-service", business2, "finance-service", finance2)) {
                servedBefore.put(i, apiRequestsServed(i));
            }
            List<String> orders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String orderId = convertedOrder("1500000", "500000", "1000000");
                openTask(orderId);
                Resp button = gw.put("/api/business/orders/" + orderId, admin, Map.of("status_code", "approved"));
                assertThat(button.status()).as(button.toString()).isEqualTo(200);
                orders.add(orderId);
            }
            for (String i : List.of("business-service", business2)) {
                assertThat(apiRequestsServed(i) - servedBefore.get(i)).as("API requests %s served", i).isPositive();
            }
            // a business process dies right after an order was accepted: its publications are in the shared outbox
            // (the other process' retry job delivers what it had not), and the gateway sends its share of the
            // requests to the other process (reads and writes: the connection is refused, nothing was sent)
            String lastOrder = convertedOrder("1500000", "500000", "1000000");
            suite.kill(business2);
            orders.add(lastOrder);
            approveByButton(lastOrder);

            for (String orderId : orders) {
                assertThat(awaitOrderStatus(orderId, "approved")).isEqualTo("approved");
                assertThat(instancesOf(orderId)).as("one approval instance for %s", orderId).isEqualTo(1);
                assertThat(history(orderId)).as("one completed review for %s", orderId).hasSize(1);
                JsonNode plan = eventually(() -> plan(orderId), p -> p != null && p.path("stages").size() == 2,
                        PATIENCE);
                assertThat(plan.path("stages")).as("one plan of two stages for %s", orderId).hasSize(2);
                String key = UUID.randomUUID().toString();
                Map<String, Object> body = Map.of("order_id", orderId, "payment_stage_id",
                        plan.path("stages").get(0).get("id").asText(), "payment_type", "receipt", "amount",
                        new BigDecimal("500000"), "currency_code", "IDR", "payment_method", "bank_transfer",
                        "payment_date", LocalDate.now().toString());
                Resp first = gw.send("POST", "/api/finance/payments", finance, body, Map.of("Idempotency-Key", key));
                assertThat(first.status()).as(first.toString()).isEqualTo(201);
                Resp replay = gw.send("POST", "/api/finance/payments", finance, body, Map.of("Idempotency-Key", key));
                assertThat(replay.data().get("id").asText()).as("the replay (on the other finance process)")
                        .isEqualTo(first.data().get("id").asText());
                assertThat(gw.get("/api/finance/payments?order_id=" + orderId, finance).data().get("total").asLong())
                        .isEqualTo(1);
            }
            for (String i : List.of("finance-service", finance2)) {
                assertThat(apiRequestsServed(i) - servedBefore.get(i)).as("API requests %s served", i).isPositive();
            }
            assertThat(eventually(() -> collectionRuns(from), runs -> runs.size() >= 2, 60_000))
                    .as("collection runs of both finance processes since they both run").isNotEmpty();
            // both processes fire every 10 s; the lock (held ≥ 30 s) lets one run through: runs logged (at their
            // end) 30 s or more apart, less the spread of run durations on a loaded machine; without it: 0-10 s
            List<Instant> runs = collectionRuns(from);
            for (int i = 1; i < runs.size(); i++) {
                assertThat(Duration.between(runs.get(i - 1), runs.get(i)).toSeconds())
                        .as("collection runs %s: one at a time across both finance processes", runs)
                        .isGreaterThanOrEqualTo(20);
            }

            // the second finance process stops: payments are recorded and read through the gateway as before
            suite.stop(finance2);
            String orderId = orders.get(0);
            JsonNode plan = plan(orderId);
            for (int i = 0; i < 2; i++) {
                Resp paid = gw.send("POST", "/api/finance/payments", finance, Map.of("order_id", orderId,
                        "payment_stage_id", plan.path("stages").get(1).get("id").asText(), "payment_type",
                        "receipt", "amount", new BigDecimal("100000"), "currency_code", "IDR", "payment_method",
                        "bank_transfer", "payment_date", LocalDate.now().toString()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
            }
            Resp list = gw.get("/api/finance/payments?order_id=" + orderId, finance);
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.data().get("total").asLong()).as("every payment recorded once").isEqualTo(3);
        } finally {
            suite.kill(business2);
            suite.stop(finance2);
            Map<String, String> single = new java.util.HashMap<>();
            urls.keySet().forEach(k -> single.put(k, null));
            suite.restart("gateway-service", single);
        }
    }

    /**
     * Requests to {@code /api/**} an instance has answered ({@code http_server_requests_seconds_count} of its own
     * {@code /actuator/prometheus}): with every call of the test through the gateway, the ones it was sent.
     */
    private static double apiRequestsServed(String instance) {
        Resp r = new TestHttp(suite.direct(instance)).get("/actuator/prometheus", admin);
        assertThat(r.status()).as("%s /actuator/prometheus", instance).isEqualTo(200);
        double sum = 0;
        for (String line : r.raw().split("\n")) {
            if (line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/api/")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** Start times of the collection job in the logs of both finance processes after {@code from}, sorted. */
    private static List<Instant> collectionRuns(Instant from) {
        List<Instant> runs = new ArrayList<>();
        for (String log : List.of("finance-service.log", "finance-service-2.log")) {
            try {
                for (String line : Files.readAllLines(suite.logs().resolve(log))) {
                    if (line.contains("[CollectionJob] run ")) {
                        // Spring Boot's console pattern starts with the ISO time, e.g. 2026-01-31T10:00:00.123Z
                        Instant at = OffsetDateTime.parse(line.substring(0, line.indexOf(' ')).trim()).toInstant();
                        if (at.isAfter(from)) {
                            runs.add(at);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + log, e);
            }
        }
        runs.sort(null);
        return runs;
    }

    // ------------------------------------------------------------------------------------------------- helpers

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
        return convertedOrder(gw, gw, amount, stages);
    }

    /** The same, the opportunity made through {@code create} and converted through {@code convert}. */
    private static String convertedOrder(TestHttp create, TestHttp convert, String amount, String... stages) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            plan.add(Map.of("stage_number", i + 1, "stage_name", "Stage " + (i + 1), "amount",
                    new BigDecimal(stages[i]), "due_date", LocalDate.now().plusDays(30L * (i + 1)).toString(),
                    "payment_trigger", "date"));
        }
        Resp opp = create.post("/api/business/opportunities", sales, Map.of("name", "E2E deal " + suffix(),
                "customer_id", customerId, "amount", new BigDecimal(amount), "currency_code", "IDR",
                "products", List.of(Map.of("product_id", productId, "quantity", 1, "unit_price",
                        new BigDecimal(amount))), "payment_stages", plan));
        assertThat(opp.status()).as(opp.toString()).isEqualTo(201);
        Resp order = convert.post("/api/business/opportunities/" + opp.data().get("id").asText() + "/convert", sales,
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

    /**
     * A write the audit log must show: its author and the ids it may be recorded under (its resource id, or an id in
     * its path: {@code POST /opportunities/convert-from-lead/{leadId}} is a CREATE of the new opportunity whose path
     * names the lead).
     */
    record Audited(String what, String author, String... ids) {
    }

    /** The author's audit record of one of the write's resource ids, or null (none yet, or foundation not there). */
    private static JsonNode auditRecord(Audited w) {
        JsonNode page = auditPage("user_id=" + w.author() + "&size=500");
        if (page == null) {
            return null;
        }
        for (JsonNode r : page.get("records")) {
            String path = r.path("request_path").asText();
            boolean names = List.of(w.ids()).stream()
                    .anyMatch(id -> id.equals(r.path("resource_id").asText()) || path.contains(id));
            if (names && w.author().equals(r.path("user_id").asText())) {
                return r;
            }
        }
        return null;
    }

    private static JsonNode auditPage(String query) {
        Resp r = gw.get("/api/foundation/audit-logs?" + query, admin);
        return r.status() == 200 ? r.data() : null;
    }

    /** The order's review in the ADMIN's task inbox, or null. */
    private static JsonNode inboxTask(String orderId) {
        Resp r = gw.get("/api/workflow/tasks?business_type=order&size=100", admin);
        if (r.status() != 200) {
            return null;
        }
        for (JsonNode t : r.data().path("items")) {
            if (orderId.equals(t.path("business_id").asText()) && t.path("completed_at").isNull()) {
                return t;
            }
        }
        return null;
    }

    private static JsonNode ordersSummary() {
        Resp r = gw.get("/api/analytics-monitoring/analytics/orders/summary", admin);
        return r.status() == 200 ? r.data() : null;
    }

    /** This month's revenue in analytics, or null while analytics does not answer. */
    static BigDecimal revenue() {
        Resp r = gw.get("/api/analytics-monitoring/analytics/orders/revenue?period=month", admin);
        return r.status() == 200 ? r.data().get("total").decimalValue() : null;
    }

    private static double incompleteEvents(String service) {
        return E2eApi.incompleteEvents(suite, service, admin);
    }
}
