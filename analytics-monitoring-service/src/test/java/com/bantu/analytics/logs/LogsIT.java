package com.bantu.analytics.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.analytics.IntegrationTestBase;
import com.bantu.analytics.config.LogsProperties;
import com.bantu.common.test.TestHttp.Resp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * System logs on the real database: shipped batches through {@code /internal/logs}, analytics' own events through
 * the local sink, query filters and paging, statistics, ADMIN-only access, validation, retention.
 */
class LogsIT extends IntegrationTestBase {

    private static final Logger log = LoggerFactory.getLogger(LogsIT.class);
    private static final String QUERY = "/api/analytics-monitoring/logs/query";
    private static final String STATS = "/api/analytics-monitoring/logs/statistics";

    @Autowired
    LogStore store;

    @Autowired
    LogRetention retention;

    @Autowired
    LockingTaskExecutor locks;

    @Autowired
    JdbcTemplate jdbc;

    private String serviceToken() {
        return jwt.issueServiceToken("foundation-service").token();
    }

    private static Map<String, Object> entry(String service, String level, Instant at, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("timestamp", at.toString());
        e.put("level", level);
        e.put("service", service);
        e.put("name", "com.bantu.foundation.user.UserService");
        e.put("message", message);
        e.put("file", "UserService.java");
        e.put("module", "UserService");
        e.put("thread", "http-nio-8081-exec-1");
        e.put("process", 4242);
        e.put("host", "pod-a");
        return e;
    }

    private Resp ship(List<Map<String, Object>> entries) {
        return http.post("/internal/logs", serviceToken(), Map.of("logs", entries));
    }

    private Resp query(Map<String, Object> body) {
        return http.post(QUERY, admin(), body);
    }

    private static String svc() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "-service";
    }

    /** Polls the query until {@code done} holds or 5 s pass (the shipping target of the issue). */
    private Resp within5s(Map<String, Object> body, Predicate<Resp> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Resp r = query(body);
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = query(body);
        }
        return r;
    }

    @Test
    void compactBatch_theBatchFieldsAndDerivedNamesAreFilledIn() throws Exception {
        String service = svc();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("timestamp", now.toString());
        e.put("level", "INFO");
        e.put("name", "com.bantu.business.order.OrderService");
        e.put("message", "compact order line");
        Map<String, Object> own = entry(service, "INFO", now.minusSeconds(1), "full line");
        own.put("file", "Elsewhere.java");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", service);
        body.put("host", "pod-b");
        body.put("process", 77);
        body.put("logs", List.of(e, own));
        Resp shipped = http.post("/internal/logs", serviceToken(), body);
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);

        Resp r = within5s(Map.of("services", List.of(service), "page_size", 10),
                x -> x.data().path("total").asLong() == 2);
        JsonNode first = r.data().get("logs").get(0);
        assertThat(first.get("message").asString()).isEqualTo("compact order line");
        assertThat(first.get("service").asString()).isEqualTo(service);
        assertThat(first.get("host").asString()).isEqualTo("pod-b");
        assertThat(first.get("process").asLong()).isEqualTo(77);
        assertThat(first.get("file").asString()).isEqualTo("OrderService.java");
        assertThat(first.get("module").asString()).isEqualTo("OrderService");
        JsonNode second = r.data().get("logs").get(1);
        assertThat(second.get("file").asString()).as("a record's own fields win").isEqualTo("Elsewhere.java");
        assertThat(second.get("host").asString()).isEqualTo("pod-a");
        assertThat(second.get("process").asLong()).isEqualTo(4242);

        Map<String, Object> noService = new LinkedHashMap<>(e);
        assertThat(http.post("/internal/logs", serviceToken(), Map.of("logs", List.of(noService))).fields())
                .as("without a service in the record or the batch").contains("logs[0].service");
    }

    @Test
    void shippedBatch_isQueryableAtOnce_newestFirst_inThePageShape() throws Exception {
        String service = svc();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(entry(service, i % 10 == 0 ? "ERROR" : "INFO", now.minusSeconds(30 - i), "created order " + i));
        }
        Map<String, Object> withException = entry(service, "WARN", now, "slow answer from service-management");
        withException.put("exception", Map.of("type", "java.io.IOException", "value", "timeout",
                "traceback", "java.io.IOException: timeout\n\tat X.y(X.java:1)"));
        withException.put("request_id", "req-" + service);
        withException.put("user_id", "user-" + service);
        withException.put("extra", Map.of("tenant", "bantu"));
        batch.add(withException);
        Resp shipped = ship(batch);
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.data().get("stored").asInt()).isEqualTo(31);

        Resp r = within5s(Map.of("services", List.of(service), "page_size", 10),
                x -> x.data().path("total").asLong() == 31);
        assertThat(r.status()).isEqualTo(200);
        JsonNode data = r.data();
        assertThat(data.get("total").asLong()).isEqualTo(31);
        assertThat(data.get("page").asInt()).isEqualTo(1);
        assertThat(data.get("page_size").asInt()).isEqualTo(10);
        assertThat(data.get("total_pages").asLong()).isEqualTo(4);
        assertThat(data.get("total_exact").asBoolean()).isTrue();
        assertThat(data.get("logs")).hasSize(10);
        JsonNode first = data.get("logs").get(0);
        assertThat(first.get("level").asString()).isEqualTo("WARNING");
        assertThat(first.get("message").asString()).isEqualTo("slow answer from service-management");
        assertThat(first.get("file").asString()).isEqualTo("UserService.java");
        assertThat(first.get("name").asString()).isEqualTo("com.bantu.foundation.user.UserService");
        assertThat(first.get("exception").get("type").asString()).isEqualTo("java.io.IOException");
        assertThat(first.get("extra").get("tenant").asString()).isEqualTo("bantu");
        assertThat(first.get("id").asString()).hasSize(36);
        assertThat(data.get("logs").get(1).get("message").asString()).isEqualTo("created order 29");

        // page 4 holds the one oldest entry; the total stays right with a service filter (the original's didn't)
        JsonNode last = query(Map.of("services", List.of(service), "page", 4, "page_size", 10)).data();
        assertThat(last.get("total").asLong()).isEqualTo(31);
        assertThat(last.get("logs")).hasSize(1);
        assertThat(last.get("logs").get(0).get("message").asString()).isEqualTo("created order 0");

        // request and user id filters
        assertThat(query(Map.of("request_id", "req-" + service)).data().get("total").asLong()).isEqualTo(1);
        assertThat(query(Map.of("user_id", "user-" + service)).data().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void analyticsOwnLogEvents_showUpWithin5s() throws Exception {
        String marker = "selfcheck" + UUID.randomUUID().toString().replace("-", "");
        log.info("log shipping self check {} password=hunter2", marker);
        Resp r = within5s(Map.of("services", List.of("analytics-monitoring-service"), "keyword", marker),
                x -> x.data().path("total").asLong() == 1);
        assertThat(r.data().get("total").asLong()).as(r.toString()).isEqualTo(1);
        JsonNode e = r.data().get("logs").get(0);
        assertThat(e.get("level").asString()).isEqualTo("INFO");
        assertThat(e.get("name").asString()).isEqualTo(LogsIT.class.getName());
        assertThat(e.get("file").asString()).isEqualTo("LogsIT.java");
        assertThat(e.get("message").asString()).contains(marker).doesNotContain("hunter2");
    }

    @Test
    void filters_levelTimeRangeKeyword_literalAndCaseInsensitive() {
        String service = svc();
        Instant t0 = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(ship(List.of(
                entry(service, "ERROR", t0, "Payment gateway refused order ORD-1"),
                entry(service, "INFO", t0.plusSeconds(60), "payment GATEWAY answered in 100ms"),
                entry(service, "INFO", t0.plusSeconds(120), "discount 100% applied"),
                entry(service, "DEBUG", t0.plusSeconds(180), "cache key user_1 refreshed"),
                entry(service, "WARNING", t0.plusSeconds(240), "userX1 refreshed"),
                entry(service, "CRITICAL", t0.plusSeconds(300), "disk full 新用户注册失败"))).status()).isEqualTo(200);

        Map<String, Object> base = new HashMap<>(Map.of("services", List.of(service), "levels", List.of(),
                "start_time", "", "end_time", "", "keyword", ""));
        assertThat(query(base).data().get("total").asLong()).isEqualTo(6);

        Map<String, Object> level = new HashMap<>(base);
        level.put("levels", List.of("WARN"));
        assertThat(query(level).data().get("total").asLong()).isEqualTo(1);

        // zoned times (what the SPA sends) are converted; the range is inclusive
        Map<String, Object> range = new HashMap<>(base);
        range.put("start_time", t0.plusSeconds(60).toString());
        range.put("end_time", t0.plusSeconds(180).toString());
        assertThat(query(range).data().get("total").asLong()).isEqualTo(3);

        Map<String, Object> words = new HashMap<>(base);
        words.put("keyword", "payment gateway");
        assertThat(query(words).data().get("total").asLong()).isEqualTo(2);
        words.put("keyword", "GATEWAY");
        assertThat(query(words).data().get("total").asLong()).isEqualTo(2);
        // a word prefix (on MariaDB through the FULLTEXT index), and keywords that are not plain words (LIKE only)
        words.put("keyword", "gate");
        assertThat(query(words).data().get("total").asLong()).isEqualTo(2);
        words.put("keyword", "ord-1");
        assertThat(query(words).data().get("total").asLong()).isEqualTo(1);
        words.put("keyword", "用户");
        assertThat(query(words).data().get("total").asLong()).isEqualTo(1);

        // % and _ are literal characters, not patterns
        Map<String, Object> literal = new HashMap<>(base);
        literal.put("keyword", "100%");
        assertThat(query(literal).data().get("total").asLong()).isEqualTo(1);
        literal.put("keyword", "user_1");
        assertThat(query(literal).data().get("total").asLong()).isEqualTo(1);
        literal.put("keyword", ".*");
        assertThat(query(literal).data().get("total").asLong()).isZero();

        Resp s = http.get(STATS + "?services=" + service + "&start_time=" + t0 + "&end_time="
                + t0.plusSeconds(600), admin());
        assertThat(s.status()).as(s.toString()).isEqualTo(200);
        JsonNode d = s.data();
        assertThat(d.get("total_logs").asLong()).isEqualTo(6);
        assertThat(d.get("error_count").asLong()).isEqualTo(2);
        assertThat(d.get("warning_count").asLong()).isEqualTo(1);
        assertThat(d.get("by_level").get("INFO").asLong()).isEqualTo(2);
        assertThat(d.get("by_service").get(service).asLong()).isEqualTo(6);
        assertThat(d.get("time_range").get("start").asString()).isNotBlank();

        // GET /logs/query takes the same filters as query parameters
        Resp g = http.get(QUERY + "?services=" + service + "&levels=ERROR,CRITICAL&page_size=1", admin());
        assertThat(g.data().get("total").asLong()).isEqualTo(2);
        assertThat(g.data().get("total_pages").asLong()).isEqualTo(2);
    }

    @Test
    void onlyAdmin_andInternalOnlyForServices() {
        assertThat(http.post(QUERY, null, Map.of()).status()).isEqualTo(401);
        assertThat(http.get(STATS, null).status()).isEqualTo(401);
        assertThat(http.post(QUERY, token("SALES"), Map.of()).status()).isEqualTo(403);
        assertThat(http.get(STATS, token("SALES")).status()).isEqualTo(403);
        assertThat(http.get(QUERY, token("OPERATION")).status()).isEqualTo(403);
        assertThat(http.post(QUERY, serviceToken(), Map.of()).status()).isEqualTo(403);
        assertThat(http.post(QUERY, admin(), Map.of()).status()).isEqualTo(200);
        assertThat(http.get(STATS, admin()).status()).isEqualTo(200);

        List<Map<String, Object>> one = List.of(entry(svc(), "INFO", Instant.now(), "x"));
        assertThat(http.post("/internal/logs", null, Map.of("logs", one)).status()).isEqualTo(401);
        assertThat(http.post("/internal/logs", admin(), Map.of("logs", one)).status()).isEqualTo(403);
    }

    @Test
    void badInput_is400NamingTheField() {
        Resp page = query(Map.of("page", 0));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.fields()).contains("page");
        Resp size = query(Map.of("page_size", 0));
        assertThat(size.fields()).contains("page_size");
        assertThat(query(Map.of("page_size", 5000)).data().get("page_size").asInt()).isEqualTo(500);
        assertThat(query(Map.of("levels", List.of("LOUD"))).fields()).contains("levels");
        assertThat(query(Map.of("start_time", "yesterday")).fields()).contains("start_time");
        assertThat(query(Map.of("start_time", "2026-01-02T00:00:00Z", "end_time", "2026-01-01T00:00:00Z"))
                .fields()).contains("end_time");
        assertThat(query(Map.of("keyword", "k".repeat(201))).fields()).contains("keyword");
        Resp stats = http.get(STATS + "?start_time=nope", admin());
        assertThat(stats.status()).isEqualTo(400);
        assertThat(stats.fields()).contains("start_time");

        Map<String, Object> noService = entry(svc(), "INFO", Instant.now(), "x");
        noService.remove("service");
        Map<String, Object> badLevel = entry(svc(), "LOUD", Instant.now(), "x");
        Resp internal = ship(List.of(noService, badLevel));
        assertThat(internal.status()).isEqualTo(400);
        assertThat(internal.fields()).contains("logs[0].service", "logs[1].level");
        assertThat(http.post("/internal/logs", serviceToken(), Map.of()).fields()).contains("logs");
    }

    @Test
    void retention_deletesOnlyOlderThanTheWindow_inBatches() {
        String service = svc();
        Instant now = Instant.now();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(entry(service, "INFO", now.minus(15, ChronoUnit.DAYS).minusSeconds(i), "old " + i));
        }
        batch.add(entry(service, "INFO", now.minus(13, ChronoUnit.DAYS), "recent"));
        assertThat(ship(batch).status()).isEqualTo(200);

        LogRetention smallBatches = new LogRetention(store,
                new LogsProperties(14, Duration.ofHours(1), 2, false, 10000, 20000, 200000), locks);
        assertThat(smallBatches.runLocked()).isGreaterThanOrEqualTo(5);
        JsonNode left = query(Map.of("services", List.of(service))).data();
        assertThat(left.get("total").asLong()).isEqualTo(1);
        assertThat(left.get("logs").get(0).get("message").asString()).isEqualTo("recent");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM log_entries WHERE service = ?", Long.class, service))
                .isEqualTo(1);
        assertThat(retention.purge()).isZero();
    }

    /**
     * The keyword plan and the count cap, with a window of 10 entries, a cap of 5 and a LIKE-only scan up to 20
     * entries (a service of its own, 30 entries one second apart; "timeout" in 20 of them, "needle" only in the
     * oldest; the whole-range searches below go through the FULLTEXT index on MariaDB).
     */
    @Test
    void keywordSearch_windowFirst_thenWholeRange_andCountsCapped() {
        String service = svc();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String message = i == 0 ? "needle in the oldest entry" : i % 3 == 0 ? "plain entry " + i
                    : "call ended in a timeout " + i;
            batch.add(entry(service, "INFO", now.minusSeconds(30 - i), message));
        }
        assertThat(ship(batch).status()).isEqualTo(200);
        LogService small = new LogService(store, new LogsProperties(14, Duration.ofHours(1), 5000, true, 5, 10, 20),
                json);
        List<String> services = List.of(service);

        // frequent word over 30 entries (> window): answered from the newest 10 (7 matches), total a lower bound
        LogPage frequent = small.query(request(services, null, "timeout", 1, 2));
        assertThat(messages(frequent)).containsExactly("call ended in a timeout 29", "call ended in a timeout 28");
        assertThat(frequent.total()).isEqualTo(5);
        assertThat(frequent.totalExact()).isFalse();

        // a page deeper than the window's matches: the whole range (20 matches, counted up to the cap)
        LogPage deep = small.query(request(services, null, "timeout", 4, 2));
        assertThat(messages(deep)).containsExactly("call ended in a timeout 20", "call ended in a timeout 19");
        assertThat(deep.total()).isEqualTo(5);
        assertThat(deep.totalExact()).isFalse();

        // a rare word outside the window: found in the whole range, exact total
        LogPage rare = small.query(request(services, null, "needle", 1, 2));
        assertThat(messages(rare)).containsExactly("needle in the oldest entry");
        assertThat(rare.total()).isEqualTo(1);
        assertThat(rare.totalExact()).isTrue();
        // the same over 12 entries (more than the window, at most the LIKE-only scan): read by the LIKE alone
        String older = now.minusSeconds(31).toString();
        String until = now.minusSeconds(19).toString();
        LogPage scanned = small.query(new LogQueryRequest(services, null, older, until, "needle",
                null, null, null, null, 1, 2));
        assertThat(messages(scanned)).containsExactly("needle in the oldest entry");
        assertThat(scanned.totalExact()).isTrue();

        // a range of fewer entries than the window: read whole, exact (entries 24..29: 4 matches)
        String from = now.minusSeconds(6).toString();
        LogPage narrow = small.query(request(services, from, "timeout", 1, 10));
        assertThat(narrow.total()).isEqualTo(4);
        assertThat(narrow.totalExact()).isTrue();
        assertThat(messages(narrow)).hasSize(4);

        // "contains", not only word starts, when the LIKE alone reads the entries
        assertThat(small.query(request(services, from, "imeou", 1, 10)).total()).isEqualTo(4);

        // without a keyword: counted up to the cap
        LogPage all = small.query(request(services, null, null, 1, 2));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.totalExact()).isFalse();
        assertThat(all.totalPages()).isEqualTo(3);
    }

    private static LogQueryRequest request(List<String> services, String start, String keyword, int page,
                                                   int size) {
        return new LogQueryRequest(services, null, start, null, keyword, null, null, null, null, page, size);
    }

    private static List<String> messages(LogPage page) {
        return page.logs().stream().map(LogEntry::message).toList();
    }

    @Autowired
    tools.jackson.databind.json.JsonMapper json;
}
