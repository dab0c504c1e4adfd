package com.bantu.analytics.logs;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code log_entries} over plain JDBC: batch inserts, pages, counts bounded by a limit, group-by counts and batched
 * deletes. Plain JDBC rather than JPA: rows are written in batches of hundreds and never updated.
 *
 * <p>Keyword search is a literal, case-insensitive {@code LIKE '%…%'} (escaped, never a pattern from the user). When
 * the caller allows it, on MariaDB/MySQL a keyword made of ASCII words also goes through the FULLTEXT index
 * ({@code MATCH … AGAINST} in boolean mode, one of its words as a prefix: {@link #fulltextWord}), which narrows the
 * rows the {@code LIKE} has to read.
 * {@link LogService} decides when (rare words over a large range).</p>
 *
 * <p>{@code log_counts_hourly} holds the entries per hour, service and level: {@link #insert} adds a batch's counts
 * and {@link #deleteOlderThan} subtracts what it deleted, each in the same transaction as its rows, so the statistics
 * read a few hundred counters instead of grouping every entry of the range.</p>
 */
@Repository
public class LogStore {

    static final String COLUMNS = "id, log_time, level, service, message, logger_name, function_name, line_no, "
            + "file_name, module, thread, process, host, request_id, user_id, trace_id, exception, extra, received_at";
    private static final Pattern FULLTEXT_WORDS = Pattern.compile("[A-Za-z0-9]+( +[A-Za-z0-9]+)*");
    /** InnoDB's default stop words: a FULLTEXT query requiring one of them finds nothing. */
    private static final Set<String> STOP_WORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private volatile Boolean fulltext;

    public LogStore(JdbcTemplate jdbc, JsonMapper json, DataSource dataSource, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.json = json;
        this.dataSource = dataSource;
        this.tx = tx;
    }

    /** A counter of {@code log_counts_hourly}. */
    record Bucket(LocalDateTime hour, String service, String level) implements Comparable<Bucket> {

        static Bucket of(LocalDateTime time, String service, String level) {
            return new Bucket(time.truncatedTo(ChronoUnit.HOURS), service, level);
        }

        @Override
        public int compareTo(Bucket o) {
            int c = hour.compareTo(o.hour);
            if (c == 0) {
                c = service.compareTo(o.service);
            }
            return c != 0 ? c : level.compareTo(o.level);
        }
    }

    /** A row ready to insert (already normalised and truncated by {@link LogService}). */
    record Row(String id, LocalDateTime time, String level, String service, String message, String name,
               String function, Integer line, String file, String module, String thread, Long process, String host,
               String requestId, String userId, String traceId, String exception, String extra,
               LocalDateTime receivedAt) {
    }

    /** One JDBC batch, and its counts added to {@code log_counts_hourly}, in one transaction. */
    void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Bucket, Long> counts = new TreeMap<>();
        for (Row r : rows) {
            counts.merge(Bucket.of(r.time(), r.service(), r.level()), 1L, Long::sum);
        }
        tx.executeWithoutResult(status -> {
            insertRows(rows);
            // counters in key order: two batches touching the same counters lock them in the same order
            jdbc.batchUpdate("INSERT INTO log_counts_hourly (bucket_hour, service, level, entries) VALUES (?,?,?,?) "
                    + "ON DUPLICATE KEY UPDATE entries = entries + VALUES(entries)", new ArrayList<>(counts.entrySet()),
                    counts.size(), (ps, e) -> {
                        ps.setTimestamp(1, Timestamp.valueOf(e.getKey().hour()));
                        ps.setString(2, e.getKey().service());
                        ps.setString(3, e.getKey().level());
                        ps.setLong(4, e.getValue());
                    });
        });
    }

    private void insertRows(List<Row> rows) {
        jdbc.batchUpdate("INSERT INTO log_entries (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows, rows.size(), (ps, r) -> {
                    ps.setString(1, r.id());
                    ps.setTimestamp(2, Timestamp.valueOf(r.time()));
                    ps.setString(3, r.level());
                    ps.setString(4, r.service());
                    ps.setString(5, r.message());
                    ps.setString(6, r.name());
                    ps.setString(7, r.function());
                    if (r.line() == null) {
                        ps.setNull(8, Types.INTEGER);
                    } else {
                        ps.setInt(8, r.line());
                    }
                    ps.setString(9, r.file());
                    ps.setString(10, r.module());
                    ps.setString(11, r.thread());
                    if (r.process() == null) {
                        ps.setNull(12, Types.BIGINT);
                    } else {
                        ps.setLong(12, r.process());
                    }
                    ps.setString(13, r.host());
                    ps.setString(14, r.requestId());
                    ps.setString(15, r.userId());
                    ps.setString(16, r.traceId());
                    ps.setString(17, r.exception());
                    ps.setString(18, r.extra());
                    ps.setTimestamp(19, Timestamp.valueOf(r.receivedAt()));
                });
    }

    /**
     * The rows matching {@code f}, counted up to {@code limit} (a derived table with {@code LIMIT}: the database stops
     * reading once it has found that many). {@code fulltext} allows the FULLTEXT narrowing of a keyword.
     */
    long count(LogFilter f, long limit, boolean fulltext) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args, fulltext);
        args.add(limit);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 AS one FROM log_entries" + where + " LIMIT ?) c",
                Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /**
     * The time of the {@code window}-th newest row matching {@code f} without its keyword (read from a time index
     * alone), or null when fewer rows match: the start of the newest {@code window} rows.
     */
    LocalDateTime windowStart(LogFilter f, int window) {
        List<Object> args = new ArrayList<>();
        String where = where(f.withoutKeyword(), args, false);
        args.add(window - 1);
        List<Timestamp> t = jdbc.queryForList("SELECT log_time FROM log_entries" + where
                + " ORDER BY log_time DESC LIMIT 1 OFFSET ?", Timestamp.class, args.toArray());
        return t.isEmpty() ? null : t.get(0).toLocalDateTime();
    }

    /**
     * The ids of the newest {@code limit} rows matching {@code f} (the {@code LIKE} alone), newest first: the database
     * walks the {@code (log_time, id, …)} index backwards and stops at the {@code limit}-th match, so a frequent
     * keyword reads a few rows per match instead of every match of the range.
     */
    List<String> newestIds(LogFilter f, long limit) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args, false);
        args.add(limit);
        return jdbc.queryForList("SELECT id FROM log_entries" + where + " ORDER BY log_time DESC, id DESC LIMIT ?",
                String.class, args.toArray());
    }

    /** The rows of {@code ids}, newest first. */
    List<LogEntry> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.query("SELECT " + COLUMNS + " FROM log_entries WHERE id IN (" + marks + ") ORDER BY log_time DESC, "
                + "id DESC", (rs, i) -> entry(rs), ids.toArray());
    }

    List<LogEntry> page(LogFilter f, int page, int size, boolean fulltext) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args, fulltext);
        args.add(size);
        args.add((long) (page - 1) * size);
        return jdbc.query("SELECT " + COLUMNS + " FROM log_entries" + where
                + " ORDER BY log_time DESC, id DESC LIMIT ? OFFSET ?", (rs, i) -> entry(rs), args.toArray());
    }

    /**
     * Entries per (service, level) from the hourly counters whose hour lies in {@code [fromHour, toHour)}, optionally
     * of some services only.
     */
    Map<List<String>, Long> countsByHour(List<String> services, LocalDateTime fromHour, LocalDateTime toHour) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.valueOf(fromHour));
        args.add(Timestamp.valueOf(toHour));
        StringBuilder sql = new StringBuilder("SELECT service, level, SUM(entries) FROM log_counts_hourly "
                + "WHERE bucket_hour >= ? AND bucket_hour < ?");
        in(sql, args, "service", services);
        return grouped(sql.append(" GROUP BY service, level").toString(), args);
    }

    /** Entries per (service, level) with {@code from <= log_time < to} (or {@code <= to} when {@code toInclusive}). */
    Map<List<String>, Long> countsByRows(List<String> services, LocalDateTime from, LocalDateTime to,
                                         boolean toInclusive) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.valueOf(from));
        args.add(Timestamp.valueOf(to));
        StringBuilder sql = new StringBuilder("SELECT service, level, COUNT(*) FROM log_entries WHERE log_time >= ? "
                + "AND log_time " + (toInclusive ? "<=" : "<") + " ?");
        in(sql, args, "service", services);
        return grouped(sql.append(" GROUP BY service, level").toString(), args);
    }

    private Map<List<String>, Long> grouped(String sql, List<Object> args) {
        Map<List<String>, Long> out = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            long n = rs.getLong(3);
            if (n != 0) {
                out.merge(List.of(rs.getString(1), rs.getString(2)), n, Long::sum);
            }
        }, args.toArray());
        return out;
    }

    /**
     * Deletes up to {@code batch} entries older than {@code cutoff} (oldest first); returns how many. Select-then-
     * delete by id keeps it portable (no {@code DELETE … LIMIT} on every database) and each statement short.
     */
    int deleteOlderThan(LocalDateTime cutoff, int batch) {
        Integer deleted = tx.execute(status -> {
            // locked: a second purge running at the same time waits, then reads what is left, so no deleted row is
            // subtracted from the counters twice
            List<String> ids = new ArrayList<>();
            Map<Bucket, Long> counts = new TreeMap<>();
            jdbc.query("SELECT id, log_time, service, level FROM log_entries WHERE log_time < ? ORDER BY log_time "
                    + "LIMIT ? FOR UPDATE", rs -> {
                        ids.add(rs.getString(1));
                        counts.merge(Bucket.of(rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                                rs.getString(4)), 1L, Long::sum);
                    }, Timestamp.valueOf(cutoff), batch);
            if (ids.isEmpty()) {
                return 0;
            }
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            int n = jdbc.update("DELETE FROM log_entries WHERE id IN (" + marks + ")", ids.toArray());
            jdbc.batchUpdate("UPDATE log_counts_hourly SET entries = entries - ? WHERE bucket_hour = ? AND service = ? "
                    + "AND level = ?", new ArrayList<>(counts.entrySet()), counts.size(), (ps, e) -> {
                        ps.setLong(1, e.getValue());
                        ps.setTimestamp(2, Timestamp.valueOf(e.getKey().hour()));
                        ps.setString(3, e.getKey().service());
                        ps.setString(4, e.getKey().level());
                    });
            jdbc.update("DELETE FROM log_counts_hourly WHERE bucket_hour < ? AND entries <= 0",
                    Timestamp.valueOf(cutoff.truncatedTo(ChronoUnit.HOURS).plusHours(1)));
            return n;
        });
        return deleted == null ? 0 : deleted;
    }

    private String where(LogFilter f, List<Object> args, boolean allowFulltext) {
        StringBuilder sql = new StringBuilder();
        in(sql, args, "service", f.services());
        in(sql, args, "level", f.levels());
        if (f.start() != null) {
            sql.append(" AND log_time >= ?");
            args.add(Timestamp.valueOf(f.start()));
        }
        if (f.end() != null) {
            sql.append(" AND log_time <= ?");
            args.add(Timestamp.valueOf(f.end()));
        }
        if (f.keyword() != null) {
            String word = allowFulltext && fulltext() ? fulltextWord(f.keyword()) : null;
            if (word != null) {
                sql.append(" AND MATCH(message) AGAINST (? IN BOOLEAN MODE)");
                args.add('+' + word + '*');
            }
            contains(sql, args, "message", f.keyword());
        }
        if (f.file() != null) {
            contains(sql, args, "file_name", f.file());
        }
        if (f.function() != null) {
            contains(sql, args, "function_name", f.function());
        }
        if (f.requestId() != null) {
            sql.append(" AND request_id = ?");
            args.add(f.requestId());
        }
        if (f.userId() != null) {
            sql.append(" AND user_id = ?");
            args.add(f.userId());
        }
        return sql.isEmpty() ? "" : " WHERE " + sql.substring(" AND ".length());
    }

    /**
     * The one word of a plain-word keyword that the FULLTEXT index looks up as a prefix (the {@code LIKE} then checks
     * the whole keyword), or null when the keyword is not ASCII words separated by spaces or has no word of 3 to 84
     * characters that is not a stop word (InnoDB indexes no other). One word, not all: InnoDB reads every entry
     * holding each required word, so "ref 4242" requiring "ref" read every entry. Preferred: a word after the first
     * (a space precedes it in every match, so it starts a word of the message: the lookup misses no match of the
     * {@code LIKE}), then a word with a digit (an id, a number), then the longest. A one-word keyword is looked up as
     * it is: it then matches only where it starts a word of the message.
     */
    static String fulltextWord(String keyword) {
        int i = fulltextWordIndex(keyword);
        return i < 0 ? null : keyword.toLowerCase(Locale.ROOT).split(" +")[i];
    }

    /**
     * True when the FULLTEXT lookup of {@code keyword} may miss a match of the {@code LIKE}: its word is the first
     * one, which a match may hold inside a word of the message ("imeout" in "timeout").
     */
    static boolean fulltextMayMiss(String keyword) {
        return fulltextWordIndex(keyword) == 0;
    }

    private static int fulltextWordIndex(String keyword) {
        if (!FULLTEXT_WORDS.matcher(keyword).matches()) {
            return -1;
        }
        int best = -1;
        int bestRank = -1;
        String[] words = keyword.toLowerCase(Locale.ROOT).split(" +");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() < 3 || w.length() > 84 || STOP_WORDS.contains(w)) {
                continue;
            }
            int rank = (i > 0 ? 2000 : 0) + (w.chars().anyMatch(Character::isDigit) ? 1000 : 0) + w.length();
            if (rank > bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    private static void in(StringBuilder sql, List<Object> args, String column, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (")
                .append(String.join(",", java.util.Collections.nCopies(values.size(), "?"))).append(')');
        args.addAll(values);
    }

    /** Literal, case-insensitive contains: the user's text is escaped, never a pattern. */
    private static void contains(StringBuilder sql, List<Object> args, String column, String text) {
        sql.append(" AND LOWER(").append(column).append(") LIKE ? ESCAPE '!'");
        args.add("%" + escape(text.toLowerCase(Locale.ROOT)) + "%");
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private boolean fulltext() {
        Boolean f = fulltext;
        if (f == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(dataSource,
                        DatabaseMetaData::getDatabaseProductName);
                f = product != null && (product.toLowerCase(Locale.ROOT).contains("mariadb")
                        || product.toLowerCase(Locale.ROOT).contains("mysql"));
            } catch (Exception e) {
                return false;
            }
            fulltext = f;
        }
        return f;
    }

    private LogEntry entry(ResultSet rs) throws SQLException {
        int line = rs.getInt("line_no");
        Integer lineNo = rs.wasNull() ? null : line;
        long process = rs.getLong("process");
        Long pid = rs.wasNull() ? null : process;
        return new LogEntry(rs.getString("id"), rs.getTimestamp("log_time").toLocalDateTime(),
                rs.getString("level"), rs.getString("message"), rs.getString("service"), rs.getString("logger_name"),
                rs.getString("function_name"), lineNo, rs.getString("file_name"), rs.getString("module"),
                rs.getString("thread"), pid, rs.getString("host"), rs.getString("request_id"),
                rs.getString("user_id"), rs.getString("trace_id"), exception(rs.getString("exception")),
                extra(rs.getString("extra")));
    }

    private ExceptionView exception(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, ExceptionView.class);
        } catch (RuntimeException e) {
            return new ExceptionView(null, null, text);
        }
    }

    private Map<String, Object> extra(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, MAP);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
