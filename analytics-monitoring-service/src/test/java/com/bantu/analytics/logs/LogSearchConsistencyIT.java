package com.bantu.analytics.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.analytics.IntegrationTestBase;
import com.bantu.analytics.config.LogsProperties;
import com.bantu.common.test.TestHttp.Resp;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast paths of the log page give the plain queries' answers, on a fixture of two services of their own (600
 * entries, one every 41 minutes over 17 days, so some are past the 14-day retention): the statistics (hourly counters
 * plus the rows of the partial hours) against a {@code GROUP BY} over the entries, for aligned, unaligned, one-hour
 * and default ranges; the counters against a recount per hour; the keyword search through the FULLTEXT index and
 * through the {@code LIKE} alone against a {@code LIKE} over the entries, and the inside-words fallback; all of it
 * again after the retention job.
 */
class LogSearchConsistencyIT extends IntegrationTestBase {

    private static final String STATS = "/api/analytics-monitoring/logs/statistics";
    private static final String[] LEVELS = {"INFO", "INFO", "DEBUG", "WARNING", "ERROR", "INFO", "CRITICAL"};
    private static final String[] MESSAGES = {
        "Connection timeout calling foundation-service ref %d",
        "Order %d submitted for approval",
        "Payment confirmed ref %d",
        "cache key user_%d refreshed",
        "Token refreshed in %dms",
    };
    /** Plain words (FULLTEXT-able: a later word, a number, a first word that starts a word), and LIKE-only ones. */
    private static final List<String> KEYWORDS = List.of("timeout", "ref 42", "ref 4", "nnection timeout",
            "submitted for approval", "order 17", "refreshed", "payment confirmed", "user_1", "in 5", "100%",
            "foundation-service ref 33");

    @Autowired
    LogStore store;

    @Autowired
    LockingTaskExecutor locks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void statisticsAndKeywordSearch_matchThePlainQueries_beforeAndAfterRetention() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        List<String> services = List.of("it-" + id + "-a-service", "it-" + id + "-b-service");
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            LocalDateTime at = now.minusMinutes(41L * i).minusSeconds(i % 60);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("timestamp", at.atZone(ZoneId.systemDefault()).toInstant().toString());
            e.put("level", LEVELS[i % LEVELS.length]);
            e.put("service", services.get(i % 3 == 0 ? 1 : 0));
            e.put("message", String.format(MESSAGES[i % MESSAGES.length], i));
            batch.add(e);
        }
        Resp shipped = http.post("/internal/logs", jwt.issueServiceToken("foundation-service").token(),
                Map.of("logs", batch));
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);

        assertSameAnswers(services, now, 600);

        LogRetention retention = new LogRetention(store,
                new LogsProperties(14, Duration.ofHours(1), 37, false, 10000, 20000, 200000), locks);
        assertThat(retention.purge()).isPositive();
        long left = count(services, now.minusDays(30), now.plusDays(1));
        assertThat(left).isBetween(400L, 500L);

        assertSameAnswers(services, now, left);
    }

    private void assertSameAnswers(List<String> services, LocalDateTime now, long expectedTotal) {
        assertThat(count(services, now.minusDays(30), now.plusDays(1))).isEqualTo(expectedTotal);
        // the counters themselves, hour by hour
        assertThat(counters(services)).isEqualTo(recount(services));

        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        List<LocalDateTime[]> ranges = List.of(
                new LocalDateTime[] {hour.minusHours(30), hour.minusHours(3)},             // whole hours
                new LocalDateTime[] {now.minusHours(50).plusMinutes(7), now.minusMinutes(13)}, // partial ends
                new LocalDateTime[] {hour.minusHours(5).plusMinutes(2), hour.minusHours(5).plusMinutes(58)},
                new LocalDateTime[] {now.minusDays(20), now.plusHours(1)},                  // past both ends
                new LocalDateTime[] {hour.minusHours(7), hour.minusHours(6).minusNanos(1_000_000)}); // one hour
        for (LocalDateTime[] r : ranges) {
            JsonNode stats = stats(services, r[0].toString(), r[1].toString());
            assertThat(stats.get("total_logs").asLong()).as("%s..%s", r[0], r[1]).isEqualTo(count(services, r[0], r[1]));
            assertThat(map(stats.get("by_level"))).as("by level %s..%s", r[0], r[1])
                    .isEqualTo(groupBy("level", services, r[0], r[1]));
            assertThat(map(stats.get("by_service"))).as("by service %s..%s", r[0], r[1])
                    .isEqualTo(groupBy("service", services, r[0], r[1]));
        }
        // no range: the retention window ending now, as the answer's time_range says
        JsonNode whole = stats(services, null, null);
        LocalDateTime start = LocalDateTime.parse(whole.get("time_range").get("start").asString().replace(' ', 'T'));
        LocalDateTime end = LocalDateTime.parse(whole.get("time_range").get("end").asString().replace(' ', 'T'));
        assertThat(map(whole.get("by_level"))).isEqualTo(groupBy("level", services, start, end));
        assertThat(whole.get("total_logs").asLong()).isEqualTo(count(services, start, end));

        // keyword search: through the FULLTEXT index (every range is "large") and through the LIKE alone
        LogService fulltext = new LogService(store, new LogsProperties(14, Duration.ofHours(1), 5000, false, 10000,
                10, 0), json);
        LogService like = new LogService(store, new LogsProperties(14, Duration.ofHours(1), 5000, false, 10000,
                10, 1_000_000), json);
        for (String keyword : KEYWORDS) {
            List<String> expected = jdbc.queryForList("SELECT id FROM log_entries WHERE service IN (?, ?) AND "
                    + "LOWER(message) LIKE ? ESCAPE '!' ORDER BY log_time DESC, id DESC", String.class,
                    services.get(0), services.get(1), "%" + LogStore.escape(keyword.toLowerCase()) + "%");
            for (LogService s : List.of(fulltext, like)) {
                LogPage page = s.query(new LogQueryRequest(services, null, null, null, keyword, null,
                        null, null, null, 1, 500));
                assertThat(page.logs().stream().map(LogEntry::id).toList())
                        .as("keyword \"%s\" (%s)", keyword, s == fulltext ? "FULLTEXT" : "LIKE").isEqualTo(expected);
                assertThat(page.total()).isEqualTo(expected.size());
                assertThat(page.totalExact()).isTrue();
            }
        }
        assertThat(KEYWORDS.stream().filter(k -> LogStore.fulltextWord(k) != null).count()).isGreaterThan(6);
        assertThat(LogStore.fulltextWord("ref 4242")).isEqualTo("4242");
        assertThat(LogStore.fulltextWord("submitted for approval")).isEqualTo("approval");
        assertThat(LogStore.fulltextWord("user_1")).isNull();

        // a one-word keyword inside words ("imeou" in "timeout"): the FULLTEXT lookup finds nothing, then the LIKE
        // alone reads the newest keyword-scan (50) entries of the range
        LogService fallback = new LogService(store, new LogsProperties(14, Duration.ofHours(1), 5000, false, 10000,
                10, 50), json);
        List<String> newest = jdbc.queryForList("SELECT id FROM log_entries WHERE service IN (?, ?) "
                + "ORDER BY log_time DESC, id DESC LIMIT 50", String.class, services.get(0), services.get(1));
        List<String> inside = jdbc.queryForList("SELECT id FROM log_entries WHERE service IN (?, ?) AND "
                + "LOWER(message) LIKE '%imeou%' ORDER BY log_time DESC, id DESC", String.class, services.get(0),
                services.get(1)).stream().filter(newest::contains).toList();
        assertThat(inside).isNotEmpty();
        LogPage found = fallback.query(new LogQueryRequest(services, null, null, null, "imeou", null,
                null, null, null, 1, 500));
        assertThat(found.logs().stream().map(LogEntry::id).toList()).isEqualTo(inside);
        assertThat(found.totalExact()).isFalse();
    }

    /**
     * The keyword page read newest first with a look-ahead (ids, then rows by id) against a plain {@code LIKE} over
     * the entries, on random data: 1 500 entries of a service pair of their own, many sharing a log time (the id
     * decides their order), messages of random words (frequent, rare, inside-word, Chinese, punctuated, numbers);
     * 300 random requests (keyword, level, range or none, page, page size) over a window of 200 entries (so the
     * newest-first scan, the whole-range fallback and the FULLTEXT path all answer some). The page equals the
     * reference's slice; an exact {@code total} equals the reference count, a lower bound is at most it and covers
     * the page.
     */
    @Test
    void keywordPages_onRandomData_matchAPlainLike() {
        long seed = System.nanoTime();
        java.util.Random random = new java.util.Random(seed);
        String id = UUID.randomUUID().toString().substring(0, 8);
        List<String> services = List.of("it-" + id + "-c-service", "it-" + id + "-d-service");
        String[] words = {"timeout", "timeout", "timeout", "alpha", "payment", "order", "gamma", "zeta", "用户",
            "100%", "user_5", "retry", "Timeouts"};
        String[] levels = {"INFO", "WARNING", "ERROR", "DEBUG"};
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        for (int b = 0; b < 2; b++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 750; i++) {
                // whole seconds over 40 minutes: about one in three entries shares its time with another
                LocalDateTime at = now.minusSeconds(random.nextInt(2400));
                StringBuilder message = new StringBuilder();
                for (int w = 0, n = 1 + random.nextInt(3); w < n; w++) {
                    // "zeta" in about 1 % of the entries, "timeout" in about a third
                    String word = words[random.nextInt(words.length)];
                    message.append(word.equals("zeta") && random.nextInt(4) != 0 ? "beta" : word).append(' ');
                }
                message.append("ref ").append(random.nextInt(100));
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("timestamp", at.atZone(ZoneId.systemDefault()).toInstant().toString());
                e.put("level", levels[random.nextInt(levels.length)]);
                e.put("service", services.get(random.nextInt(2)));
                e.put("message", message.toString());
                batch.add(e);
            }
            Resp shipped = http.post("/internal/logs", jwt.issueServiceToken("foundation-service").token(),
                    Map.of("logs", batch));
            assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        }
        List<String> keywords = List.of("timeout", "TIMEOUT", "imeou", "alpha", "payment order", "zeta", "ref 7",
                "ref 42", "用户", "100%", "user_5", "retry ref", "nothing-like-this");
        LogService likeOnly = new LogService(store, new LogsProperties(14, Duration.ofHours(1), 5000, false, 10000,
                200, 1_000_000), json);
        LogService fulltext = new LogService(store, new LogsProperties(14, Duration.ofHours(1), 5000, false, 10000,
                200, 0), json);
        int lowerBounds = 0;
        int exact = 0;
        for (int q = 0; q < 300; q++) {
            String keyword = keywords.get(random.nextInt(keywords.size()));
            // through the FULLTEXT index only keywords whose looked-up word starts a word of every match
            LogService service = random.nextBoolean() && !LogStore.fulltextMayMiss(keyword) ? fulltext : likeOnly;
            String level = random.nextInt(3) == 0 ? levels[random.nextInt(levels.length)] : null;
            LocalDateTime from = null;
            LocalDateTime to = null;
            if (random.nextBoolean()) {
                from = now.minusSeconds(random.nextInt(2400));
                to = from.plusSeconds(random.nextInt(2400));
            }
            int page = 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 3);
            int size = 1 + random.nextInt(random.nextBoolean() ? 10 : 60);
            StringBuilder sql = new StringBuilder("SELECT id FROM log_entries WHERE service IN (?, ?)");
            List<Object> args = new ArrayList<>(services);
            if (level != null) {
                sql.append(" AND level = ?");
                args.add(level);
            }
            if (from != null) {
                sql.append(" AND log_time >= ? AND log_time <= ?");
                args.add(Timestamp.valueOf(from));
                args.add(Timestamp.valueOf(to));
            }
            sql.append(" AND LOWER(message) LIKE ? ESCAPE '!' ORDER BY log_time DESC, id DESC");
            args.add("%" + LogStore.escape(keyword.toLowerCase()) + "%");
            List<String> all = jdbc.queryForList(sql.toString(), String.class, args.toArray());
            List<String> expected = all.subList(Math.min(all.size(), (page - 1) * size),
                    Math.min(all.size(), page * size));

            LogPage got = service.query(new LogQueryRequest(services,
                    level == null ? null : List.of(level), from == null ? null : from.toString(),
                    to == null ? null : to.toString(), keyword, null, null, null, null, page, size));
            String what = String.format("seed %d, request %d: \"%s\" level %s %s..%s page %d size %d (%s)", seed, q,
                    keyword, level, from, to, page, size, service == fulltext ? "FULLTEXT" : "LIKE");
            assertThat(got.logs().stream().map(LogEntry::id).toList()).as(what).isEqualTo(expected);
            if (got.totalExact()) {
                exact++;
                assertThat(got.total()).as(what).isEqualTo(all.size());
            } else {
                lowerBounds++;
                assertThat(got.total()).as(what).isLessThanOrEqualTo(all.size())
                        .isGreaterThanOrEqualTo((long) (page - 1) * size + expected.size());
            }
            assertThat(got.totalPages()).as(what).isEqualTo((got.total() + size - 1) / size);
        }
        // both kinds of answer were checked
        assertThat(exact).as("seed %d", seed).isGreaterThan(30);
        assertThat(lowerBounds).as("seed %d", seed).isGreaterThan(30);
    }

    private JsonNode stats(List<String> services, String start, String end) {
        String q = STATS + "?services=" + String.join(",", services)
                + (start == null ? "" : "&start_time=" + start + "&end_time=" + end);
        Resp r = http.get(q, admin());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private static Map<String, Long> map(JsonNode node) {
        Map<String, Long> out = new TreeMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    private long count(List<String> services, LocalDateTime from, LocalDateTime to) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM log_entries WHERE service IN (?, ?) AND log_time >= ? "
                + "AND log_time <= ?", Long.class, services.get(0), services.get(1), Timestamp.valueOf(from),
                Timestamp.valueOf(to));
        return n == null ? 0 : n;
    }

    private Map<String, Long> groupBy(String column, List<String> services, LocalDateTime from, LocalDateTime to) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("SELECT " + column + ", COUNT(*) FROM log_entries WHERE service IN (?, ?) AND log_time >= ? "
                + "AND log_time <= ? GROUP BY " + column, rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, services.get(0), services.get(1), Timestamp.valueOf(from), Timestamp.valueOf(to));
        return out;
    }

    private Map<String, Long> counters(List<String> services) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("SELECT bucket_hour, service, level, entries FROM log_counts_hourly WHERE service IN (?, ?) "
                + "AND entries <> 0", rs -> {
                    out.put(rs.getTimestamp(1).toLocalDateTime() + " " + rs.getString(2) + " " + rs.getString(3),
                            rs.getLong(4));
                }, services.get(0), services.get(1));
        return out;
    }

    private Map<String, Long> recount(List<String> services) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("SELECT log_time, service, level FROM log_entries WHERE service IN (?, ?)", rs -> {
            out.merge(rs.getTimestamp(1).toLocalDateTime().truncatedTo(ChronoUnit.HOURS) + " " + rs.getString(2)
                    + " " + rs.getString(3), 1L, Long::sum);
        }, services.get(0), services.get(1));
        return out;
    }
}
