package com.bantu.business.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class OrderIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderNumbers numbers;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private static BigDecimal money(JsonNode n, String field) {
        return n.get(field).decimalValue();
    }

    @Test
    void createWithItemsRoundsMoneyAndAnswersUnderBothPrefixes() {
        User sales = user("SALES");
        String customerId = customer("PT Sinar Jaya");
        JsonNode o = order(sales, customerId, List.of(item(3, "10.005", "0.004"), item(2, "19.995", 0)),
                "discount_amount", "0.015", "currency_code", "IDR", "description", "urgent", "notes", "call first",
                "entry_city", "Jakarta", "exchange_rate", "1.0");
        assertThat(o.get("order_number").asText()).matches("ORD-" + LocalDate.now().toString().replace("-", "")
                + "-[0-9A-F]{6}");
        assertThat(o.get("status_code").asText()).isEqualTo("submitted");
        assertThat(o.get("status_name").asText()).isEqualTo("已提交");
        assertThat(o.get("customer_name").asText()).isEqualTo("PT Sinar Jaya");
        assertThat(o.get("sales_user_id").asText()).isEqualTo(sales.id());
        assertThat(o.get("sales_username").asText()).startsWith("sales");
        assertThat(o.get("created_by").asText()).isEqualTo(sales.id());
        assertThat(o.get("currency_code").asText()).isEqualTo("IDR");
        assertThat(o.get("description").asText()).isEqualTo("urgent");
        assertThat(o.get("requirements").asText()).isEqualTo("urgent");
        assertThat(o.get("notes").asText()).isEqualTo("call first");
        JsonNode items = o.get("order_items");
        assertThat(items).hasSize(2);
        // 10.005 → 10.01 (HALF_UP on input); 3 × 10.01 − 0.00 = 30.03
        assertThat(money(items.get(0), "unit_price")).isEqualByComparingTo("10.01");
        assertThat(money(items.get(0), "discount_amount")).isEqualByComparingTo("0.00");
        assertThat(money(items.get(0), "item_amount")).isEqualByComparingTo("30.03");
        assertThat(items.get(0).get("item_number").asInt()).isEqualTo(1);
        assertThat(items.get(0).get("currency_code").asText()).isEqualTo("IDR");
        // 19.995 → 20.00; 2 × 20.00 = 40.00
        assertThat(money(items.get(1), "item_amount")).isEqualByComparingTo("40.00");
        assertThat(money(o, "total_amount")).isEqualByComparingTo("70.03");
        assertThat(money(o, "discount_amount")).isEqualByComparingTo("0.02");
        assertThat(money(o, "final_amount")).isEqualByComparingTo("70.01");
        assertThat(o.get("final_amount").isNumber()).as("money is a JSON number").isTrue();

        String id = o.get("id").asText();
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            Resp r = http.get(base + "/" + id + "?lang=zh", sales.token());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.data().get("order_items")).hasSize(2);
            assertThat(r.data().get("final_amount").decimalValue()).isEqualByComparingTo("70.01");
        }
        Resp alias = http.post(ORDERS_ALIAS, sales.token(), map("title", "Alias order", "customer_id", customerId,
                "sales_user_id", sales.id(), "order_items", List.of(item(1, "0.005", 0))));
        assertThat(alias.status()).as(alias.toString()).isEqualTo(201);
        assertThat(alias.data().get("final_amount").decimalValue()).isEqualByComparingTo("0.01");
    }

    /**
     * The create writes each row once (the order with its final totals, the items in one JDBC batch), reads nothing
     * back, and still answers exactly what a later GET reads from the database.
     */
    @Test
    void createWritesEachRowOnceAndAnswersWhatTheDatabaseHolds() {
        User sales = user("SALES");
        String customerId = customer("PT Sekali");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            items.add(item(i, "12.345", "0.5"));
        }
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        JsonNode o;
        try {
            o = order(sales, customerId, items, "discount_amount", "1.005", "exchange_rate", "0.0005",
                    "expected_start_date", "2026-12-01");
            assertThat(stats.getEntityInsertCount()).as("the order and its 5 items").isEqualTo(6);
            assertThat(stats.getEntityUpdateCount()).as("no update after the insert").isZero();
            assertThat(stats.getEntityLoadCount()).as("nothing read back").isZero();
            assertThat(stats.getQueryExecutionCount()).as("no query (totals from the items written)").isZero();
            assertThat(stats.getPrepareStatementCount()).as("one insert for the order, one batch for the items")
                    .isEqualTo(2);
        } finally {
            stats.setStatisticsEnabled(false);
        }
        // 1×12.35−0.50 + 2×12.35−0.50 + … + 5×12.35−0.50 = 15×12.35 − 2.50 = 182.75; final 182.75 − 1.01
        assertThat(money(o, "total_amount")).isEqualByComparingTo("182.75");
        assertThat(money(o, "final_amount")).isEqualByComparingTo("181.74");
        assertThat(o.get("version").asLong()).isZero();
        JsonNode read = http.get(ORDERS + "/" + o.get("id").asText(), sales.token()).data();
        assertThat(o).as("the create's answer is what the database holds").isEqualTo(read);
        assertThat(jdbc.queryForObject("select count(*) from order_items where order_id = ?", Long.class,
                o.get("id").asText())).isEqualTo(5);
    }

    @Test
    void listAppliesEveryFilterAndAnswersTheOrdersPageShape() {
        User sales = user("SALES");
        String customerId = customer(unique("PT Filter "));
        String tag = unique("Tagged ");
        JsonNode a = order(sales, customerId, List.of(item(1, 5, 0)), "title", tag + " A", "service_record_id",
                uuid());
        order(sales, customerId, List.of(item(1, 5, 0)), "title", tag + " B");
        order(sales);
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            Resp r = http.get(base + "?page=1&size=10&title=" + tag.replace(" ", "%20"), sales.token());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.data().get("total").asLong()).isEqualTo(2);
            assertThat(r.data().get("page").asInt()).isEqualTo(1);
            assertThat(r.data().get("page_size").asInt()).isEqualTo(10);
            assertThat(r.data().get("orders")).hasSize(2);
            assertThat(r.data().get("orders").findValuesAsString("title")).containsExactlyInAnyOrder(tag + " A",
                    tag + " B");
        }
        String q = ORDERS + "?customer_id=" + customerId;
        assertThat(http.get(q, sales.token()).data().get("total").asLong()).isEqualTo(2);
        assertThat(http.get(ORDERS + "?customer_name=" + customerId.substring(0, 0) + "PT%20Filter",
                sales.token()).data().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(http.get(ORDERS + "?order_number=" + a.get("order_number").asText(), sales.token()).data()
                .get("total").asLong()).isEqualTo(1);
        assertThat(http.get(ORDERS + "?service_record_id=" + a.get("service_record_id").asText(), sales.token())
                .data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(q + "&status_code=submitted", sales.token()).data().get("total").asLong()).isEqualTo(2);
        assertThat(http.get(q + "&status_code=completed", sales.token()).data().get("total").asLong()).isZero();
        assertThat(http.get(q + "&sales_user_id=" + sales.id(), sales.token()).data().get("total").asLong())
                .isEqualTo(2);
        String today = LocalDate.now().toString();
        assertThat(http.get(q + "&created_at_from=" + today + "&created_at_to=" + today, sales.token()).data()
                .get("total").asLong()).isEqualTo(2);
        assertThat(http.get(q + "&created_at_to=2000-01-01", sales.token()).data().get("total").asLong()).isZero();
        assertThat(http.get(q + "&created_at_from=yesterday", sales.token()).fields())
                .containsExactly("created_at_from");
        assertThat(http.get(q + "&status_code=bogus", sales.token()).fields()).containsExactly("status_code");
        assertThat(http.get(q + "&page=0", sales.token()).fields()).containsExactly("page");
    }

    @Test
    void validationNamesTheField() {
        User sales = user("SALES");
        String c = customer("PT V");
        Map<String, Object> ok = map("title", "T", "customer_id", c, "sales_user_id", sales.id(), "order_items",
                List.of(item(1, 10, 0)));
        Map<String, Object> b = new java.util.HashMap<>(ok);
        b.remove("title");
        assertThat(http.post(ORDERS, sales.token(), b).fields()).containsExactly("title");
        b = new java.util.HashMap<>(ok);
        b.put("order_items", List.of());
        assertThat(http.post(ORDERS, sales.token(), b).fields()).containsExactly("order_items");
        b.put("order_items", List.of(item(0, 10, 0)));
        assertThat(http.post(ORDERS_ALIAS, sales.token(), b).fields()).containsExactly("order_items[0].quantity");
        b.put("order_items", List.of(item(1, -1, 0)));
        assertThat(http.post(ORDERS, sales.token(), b).fields()).containsExactly("order_items[0].unit_price");
        b.put("order_items", List.of(item(1, 10, 11)));
        assertThat(http.post(ORDERS, sales.token(), b).fields()).containsExactly("order_items[0].discount_amount");
        b.put("order_items", List.of(map("quantity", 1, "unit_price", 10, "currency_code", "IDR")));
        assertThat(http.post(ORDERS, sales.token(), b).fields()).containsExactly("order_items[0].currency_code");
        b = new java.util.HashMap<>(ok);
        b.put("discount_amount", "10.01");
        Resp negative = http.post(ORDERS, sales.token(), b);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.fields()).containsExactly("discount_amount");
        b = new java.util.HashMap<>(ok);
        b.put("customer_id", uuid());
        assertThat(http.post(ORDERS, sales.token(), b).fields()).containsExactly("customer_id");
        b = new java.util.HashMap<>(ok);
        b.put("currency_code", "XXX");
        assertThat(http.post(ORDERS, sales.token(), b).fields()).containsExactly("currency_code");
        assertThat(http.post(ORDERS, sales.token(), "{bad").fields()).containsExactly("body");
        // nothing was written by the refused requests
        assertThat(jdbc.queryForObject("select count(*) from orders where customer_id = ?", Long.class, c)).isZero();
    }

    @Test
    void authenticationRolesAndDataScopes() {
        User sales = user("SALES");
        User other = user("SALES");
        JsonNode o = order(sales);
        String id = o.get("id").asText();
        Map<String, Object> body = map("title", "T", "customer_id", customer("C"), "sales_user_id", sales.id(),
                "order_items", List.of(item(1, 1, 0)));
        assertThat(http.get(ORDERS, null).status()).isEqualTo(401);
        assertThat(http.get(ORDERS_ALIAS, "forged.token.value").status()).isEqualTo(401);
        assertThat(http.get(ORDERS, token("AGENT")).status()).isEqualTo(403);
        assertThat(http.post(ORDERS, token("FINANCE"), body).status()).isEqualTo(403);
        assertThat(http.post(ORDERS, token("OPERATION"), body).status()).isEqualTo(403);
        assertThat(http.post(ORDERS, other.token(), body).status()).as("for someone else").isEqualTo(403);
        assertThat(http.post(ORDERS + "/" + id + "/assign", sales.token(), map("assigned_to_user_id", uuid()))
                .status()).isEqualTo(403);
        // another sales user neither sees nor changes it: 404, not 403
        assertThat(http.get(ORDERS + "/" + id, other.token()).status()).isEqualTo(404);
        assertThat(http.get(ORDERS_ALIAS + "/" + id + "/items", other.token()).status()).isEqualTo(404);
        assertThat(http.put(ORDERS + "/" + id, other.token(), map("title", "x")).status()).isEqualTo(404);
        assertThat(http.delete(ORDERS + "/" + id, other.token()).status()).isEqualTo(404);
        assertThat(http.post(ORDERS + "/" + id + "/items", other.token(), item(1, 1, 0)).status()).isEqualTo(404);
        assertThat(http.get(ORDERS + "?page_size=1000", other.token()).data().get("orders").findValuesAsString("id"))
                .doesNotContain(id);
        // FINANCE and ADMIN read every order; OPERATION only once it is assigned to them
        User op = user("OPERATION");
        assertThat(http.get(ORDERS + "/" + id, token("FINANCE")).status()).isEqualTo(200);
        assertThat(http.get(ORDERS + "/" + id, admin()).status()).isEqualTo(200);
        assertThat(http.get(ORDERS + "/" + id, op.token()).status()).isEqualTo(404);
        approve(id);
        assertThat(http.post(ORDERS + "/" + id + "/assign", admin(), map("assigned_to_user_id", op.id())).status())
                .isEqualTo(200);
        assertThat(http.get(ORDERS + "/" + id, op.token()).status()).isEqualTo(200);
        assertThat(http.get(ORDERS + "?size=1000", op.token()).data().get("orders").findValuesAsString("id"))
                .containsExactly(id);
        // unknown id
        assertThat(http.get(ORDERS + "/" + uuid(), admin()).status()).isEqualTo(404);
        // a dependency outage is a quick 503 in the envelope
        DOWNSTREAM.down = true;
        Resp down = http.post(ORDERS, sales.token(), body);
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.body().get("code").asInt()).isEqualTo(503);
    }

    @Test
    void statusMachineEnforced() {
        User sales = user("SALES");
        User op = user("OPERATION");
        String id = order(sales).get("id").asText();
        String path = ORDERS + "/" + id;
        // approval belongs to the approval process: an ADMIN's status button completes the open approval task in
        // workflow-service on their behalf; the order moves only when the result comes back (approve() below)
        int signalsBefore = DOWNSTREAM.signals.size();
        String adminId = uuid();
        assertThat(http.put(path, token(adminId, "ADMIN"), map("status_code", "approved")).data().get("status_code")
                .asText())
                .isEqualTo("submitted");
        var signal = DOWNSTREAM.signals.get(signalsBefore);
        assertThat(signal.getKey()).isEqualTo("/internal/instances/by-business/order/" + id + "/signal");
        assertThat(signal.getValue().get("outcome").asText()).isEqualTo("approved");
        assertThat(signal.getValue().get("actor_id").asText()).isEqualTo(adminId);
        // workflow's verdict is relayed (e.g. 403 for the order's own sales user), its outage is a 503
        DOWNSTREAM.signalStatus = 403;
        assertThat(http.put(path, admin(), map("status_code", "approved")).status()).isEqualTo(403);
        DOWNSTREAM.signalStatus = 200;
        DOWNSTREAM.down = true;
        assertThat(http.put(path, admin(), map("status_code", "approved")).status()).isEqualTo(503);
        DOWNSTREAM.down = false;
        assertThat(http.put(path, sales.token(), map("status_code", "approved")).status()).isEqualTo(403);
        assertThat(DOWNSTREAM.signals).as("a non-admin's button never reaches workflow").hasSize(signalsBefore + 2);
        assertThat(http.put(path, admin(), map("status_code", "completed")).status()).isEqualTo(409);
        assertThat(http.put(path, admin(), map("status_code", "processing")).status()).isEqualTo(409);
        assertThat(http.put(path, admin(), map("status_code", "nonsense")).fields()).containsExactly("status_code");
        assertThat(http.post(path + "/assign", admin(), map("assigned_to_user_id", op.id())).status())
                .as("assign needs an approved order").isEqualTo(409);
        approve(id);
        approve(id); // repeated outcome: no effect
        assertThat(http.get(path, admin()).data().get("status_code").asText()).isEqualTo("approved");
        assertThat(http.put(path, admin(), map("status_code", "assigned")).status()).isEqualTo(409);
        assertThat(http.post(path + "/assign", admin(), map("assigned_to_user_id", uuid())).fields())
                .containsExactly("assigned_to_user_id");
        Resp assigned = http.post(ORDERS_ALIAS + "/" + id + "/assign", admin(), map("assigned_to_user_id", op.id(),
                "notes", "go"));
        assertThat(assigned.data().get("status_code").asText()).isEqualTo("assigned");
        assertThat(assigned.data().get("assigned_to_user_id").asText()).isEqualTo(op.id());
        assertThat(http.get(path + "/assignments", admin()).data()).hasSize(1);
        assertThat(http.get("/api/business/notifications", op.token()).data().get("items").get(0)
                .get("resource_id").asText()).isEqualTo(id);
        // a late "rejected" cannot undo an approval
        assertThat(http.post("/internal/orders/" + id + "/approval", serviceToken(), map("outcome", "rejected"))
                .status()).isEqualTo(409);
        // the sales owner cannot move it along; the assignee can
        assertThat(http.put(path, sales.token(), map("status_code", "processing")).status()).isEqualTo(403);
        Resp processing = http.put(path, op.token(), map("status_code", "processing"));
        assertThat(processing.status()).as(processing.toString()).isEqualTo(200);
        assertThat(processing.data().get("actual_start_date").asText()).isEqualTo(LocalDate.now().toString());
        Resp done = http.put(ORDERS_ALIAS + "/" + id, op.token(), map("status_code", "completed"));
        assertThat(done.data().get("status_code").asText()).isEqualTo("completed");
        assertThat(done.data().get("actual_completion_date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(http.put(path, admin(), map("status_code", "cancelled")).status()).isEqualTo(409);
        assertThat(http.put(path, admin(), map("title", "late edit")).status()).isEqualTo(409);

        // cancel: the owner while submitted; not after; rejection cancels
        String id2 = order(sales).get("id").asText();
        assertThat(http.put(ORDERS + "/" + id2, sales.token(), map("status_code", "cancelled")).data()
                .get("status_code").asText()).isEqualTo("cancelled");
        String id3 = order(sales).get("id").asText();
        approve(id3);
        assertThat(http.put(ORDERS + "/" + id3, sales.token(), map("status_code", "cancelled")).status())
                .isEqualTo(403);
        String id4 = order(sales).get("id").asText();
        assertThat(http.post("/internal/orders/" + id4 + "/approval", serviceToken(),
                map("outcome", "rejected", "comment", "price too low")).data().get("status_code").asText())
                .isEqualTo("cancelled");
        assertThat(http.post("/internal/orders/" + id4 + "/approval", sales.token(), map("outcome", "approved"))
                .status()).as("internal API needs a service token").isEqualTo(403);
    }

    @Test
    void deleteOnlyBeforeApprovalAndNeverWithAConfirmedPayment() {
        User sales = user("SALES");
        String id = order(sales).get("id").asText();
        assertThat(http.delete(ORDERS_ALIAS + "/" + id, sales.token()).status()).isEqualTo(200);
        assertThat(http.get(ORDERS + "/" + id, sales.token()).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from order_items where order_id = ?", Long.class, id))
                .isZero();

        String approved = order(sales).get("id").asText();
        approve(approved);
        assertThat(http.delete(ORDERS + "/" + approved, sales.token()).status()).isEqualTo(409);

        // finance reported a confirmed payment (the fact its event leaves in order_payment_facts)
        String paid = order(sales).get("id").asText();
        jdbc.update("insert into order_payment_facts (order_id, confirmed_count, paid_total, updated_at) "
                + "values (?, 1, 50.00, current_timestamp)", paid);
        assertThat(http.delete(ORDERS + "/" + paid, sales.token()).status()).isEqualTo(409);
        assertThat(http.put(ORDERS + "/" + paid, admin(), map("status_code", "cancelled")).status()).isEqualTo(409);
        assertThat(http.get(ORDERS + "/" + paid, sales.token()).status()).isEqualTo(200);
    }

    @Test
    void updateFieldsDiscountAndCurrency() {
        User sales = user("SALES");
        JsonNode o = order(sales, customer("PT A"), List.of(item(2, "50", 0)));
        String path = ORDERS + "/" + o.get("id").asText();
        String other = customer("PT B");
        Resp r = http.put(path, sales.token(), map("title", "New title", "discount_amount", "10.555",
                "customer_id", other, "notes", "n", "description", "d", "exchange_rate", "0.0005"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("title").asText()).isEqualTo("New title");
        assertThat(r.data().get("customer_name").asText()).isEqualTo("PT B");
        assertThat(r.data().get("final_amount").decimalValue()).isEqualByComparingTo("89.44");
        assertThat(r.data().get("internal_notes").asText()).isEqualTo("n");
        assertThat(r.data().get("requirements").asText()).isEqualTo("d");
        assertThat(r.data().get("updated_by").asText()).isEqualTo(sales.id());
        assertThat(http.put(path, sales.token(), map("discount_amount", "100.01")).fields())
                .containsExactly("discount_amount");
        assertThat(http.put(path, sales.token(), map("currency_code", "IDR")).fields())
                .containsExactly("currency_code");
        assertThat(http.put(path, sales.token(), map("version", 0)).status()).isEqualTo(409);
        assertThat(http.put(path, sales.token(), map("title", "")).fields()).containsExactly("title");
    }

    @Test
    void itemsCrudUnderBothPrefixesKeepTotals() {
        User sales = user("SALES");
        JsonNode o = order(sales, customer("PT I"), List.of(item(1, "100", 0)), "discount_amount", 5);
        String id = o.get("id").asText();
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            String items = base + "/" + id + "/items";
            Resp created = http.post(items, sales.token(), map("product_name", "Extra", "quantity", 2,
                    "unit_price", "12.345", "discount_amount", "0.5", "description", "desc"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String itemId = created.data().get("id").asText();
            // 12.345 → 12.35; 2 × 12.35 − 0.50 = 24.20
            assertThat(created.data().get("item_amount").decimalValue()).isEqualByComparingTo("24.20");
            assertThat(created.data().get("description").asText()).isEqualTo("desc");
            Resp list = http.get(items + "?lang=zh", sales.token());
            assertThat(list.data().isArray()).as("plain array").isTrue();
            assertThat(http.get(items + "/" + itemId, sales.token()).data().get("product_name").asText())
                    .isEqualTo("Extra");
            Resp upd = http.put(items + "/" + itemId, sales.token(), map("quantity", 3));
            assertThat(upd.data().get("item_amount").decimalValue()).isEqualByComparingTo("36.55");
            assertThat(http.get(base + "/" + id, sales.token()).data().get("total_amount").decimalValue())
                    .isEqualByComparingTo("136.55");
            assertThat(http.put(items + "/" + itemId, sales.token(), map("status", "completed")).status())
                    .as("pending → completed skips in_progress").isEqualTo(409);
            assertThat(http.put(items + "/" + itemId, sales.token(), map("status", "cancelled")).status())
                    .isEqualTo(200);
            JsonNode after = http.get(base + "/" + id, sales.token()).data();
            assertThat(after.get("total_amount").decimalValue()).as("cancelled items leave the total")
                    .isEqualByComparingTo("100.00");
            assertThat(after.get("final_amount").decimalValue()).isEqualByComparingTo("95.00");
            assertThat(http.post(items, sales.token(), map("quantity", 1, "unit_price", 1, "currency_code", "IDR"))
                    .fields()).containsExactly("currency_code");
            assertThat(http.delete(items + "/" + itemId, sales.token()).status()).isEqualTo(200);
            assertThat(http.get(items + "/" + itemId, sales.token()).status()).isEqualTo(404);
        }
        // removing item 1 would make the discount exceed the total: refused, nothing changes
        String first = o.get("order_items").get(0).get("id").asText();
        assertThat(http.delete(ORDERS + "/" + id + "/items/" + first, sales.token()).fields())
                .containsExactly("discount_amount");
        approve(id);
        assertThat(http.post(ORDERS + "/" + id + "/items", sales.token(), item(1, 1, 0)).status()).isEqualTo(409);
        assertThat(http.put(ORDERS + "/" + id + "/items/" + first, sales.token(), map("unit_price", 1)).status())
                .isEqualTo(409);
    }

    @Test
    void concurrentItemChangesLeaveTheRightTotals() throws Exception {
        User sales = user("SALES");
        String id = order(sales, customer("PT C"), List.of(item(1, "1.00", 0))).get("id").asText();
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String base = k % 2 == 0 ? ORDERS : ORDERS_ALIAS;
            results.add(pool.submit(() -> {
                start.await();
                return http.post(base + "/" + id + "/items", sales.token(), item(1, "10.10", 0)).status();
            }));
        }
        start.countDown();
        for (Future<Integer> f : results) {
            assertThat(f.get()).isEqualTo(201);
        }
        pool.shutdown();
        JsonNode o = http.get(ORDERS + "/" + id, sales.token()).data();
        assertThat(o.get("order_items")).hasSize(n + 1);
        assertThat(o.get("total_amount").decimalValue()).isEqualByComparingTo("81.80");
        assertThat(o.get("final_amount").decimalValue()).isEqualByComparingTo("81.80");
        Set<Integer> numbers = new HashSet<>();
        o.get("order_items").forEach(i -> numbers.add(i.get("item_number").asInt()));
        assertThat(numbers).hasSize(n + 1);
    }

    @Test
    void orderNumbersStayUniqueUnderConcurrencyAndCollisionsAreRetried() throws Exception {
        User sales = user("SALES");
        String c = customer("PT N");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            tasks.add(() -> order(sales, c, List.of(item(1, 1, 0))).get("order_number").asText());
        }
        Set<String> seen = new HashSet<>();
        for (Future<String> f : pool.invokeAll(tasks)) {
            seen.add(f.get());
        }
        pool.shutdown();
        assertThat(seen).hasSize(12);

        // force a collision: the first draw repeats an existing number, the retry draws a fresh one
        String taken = seen.iterator().next();
        String takenSuffix = taken.substring(taken.length() - 6);
        AtomicInteger draws = new AtomicInteger();
        numbers.useSuffixes(() -> draws.getAndIncrement() == 0 ? takenSuffix : "Z" + uuid().substring(0, 5)
                .toUpperCase());
        try {
            String fresh = order(sales, c, List.of(item(1, 1, 0))).get("order_number").asText();
            assertThat(fresh).isNotEqualTo(taken).contains("-Z");
            assertThat(draws.get()).isEqualTo(2);
        } finally {
            numbers.useSuffixes(() -> java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 6)
                    .toUpperCase());
        }
    }
}
