package com.bantu.analytics.logs;

import com.bantu.analytics.config.LogsProperties;
import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import com.bantu.common.logship.LogRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Stores shipped batches and answers the log page: validation (400 naming the field), aliases, paging. */
@Service
public class LogService {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;
    static final int MAX_BATCH = 1000;
    static final int MAX_KEYWORD = 200;
    /** A keyword page answered from the newest entries looks this many pages further for its {@code total}. */
    static final int KEYWORD_LOOKAHEAD_PAGES = 4;
    static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL");
    /** The log page offers the original's combined order/workflow service: here it is two services. */
    static final Map<String, List<String>> SERVICE_ALIASES = Map.of(
            "order-workflow-service", List.of("order-workflow-service", "business-service", "finance-service"));

    private final LogStore store;
    private final LogsProperties props;
    private final JsonMapper json;
    private final Clock clock;

    public LogService(LogStore store, LogsProperties props, JsonMapper json) {
        this.store = store;
        this.props = props;
        this.json = json;
        this.clock = Clock.systemDefaultZone();
    }

    // ---------------------------------------------------------------- writes

    /** Validates a shipped batch (400 naming {@code logs[i].field}) and stores it in one JDBC batch. */
    public int accept(List<LogRecord> batch) {
        if (batch == null) {
            throw new ValidationException(List.of(new FieldError("logs", "必填")));
        }
        if (batch.size() > MAX_BATCH) {
            throw new ValidationException(List.of(new FieldError("logs", "最多" + MAX_BATCH + "条")));
        }
        List<FieldError> errors = new ArrayList<>();
        List<LogStore.Row> rows = new ArrayList<>(batch.size());
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < batch.size(); i++) {
            LogRecord r = batch.get(i);
            String at = "logs[" + i + "].";
            if (r == null) {
                errors.add(new FieldError("logs[" + i + "]", "必填"));
                continue;
            }
            if (blank(r.service()) || r.service().length() > 64) {
                errors.add(new FieldError(at + "service", "必填，最长64个字符"));
            }
            String level = level(r.level());
            if (level == null) {
                errors.add(new FieldError(at + "level", "必须是 " + String.join(", ", LEVELS) + " 之一"));
            }
            LocalDateTime time = time(r.timestamp());
            if (time == null) {
                errors.add(new FieldError(at + "timestamp", "必须是 ISO-8601 时间"));
            }
            if (errors.isEmpty()) {
                rows.add(row(r, level, time, now));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.insert(rows);
        return rows.size();
    }

    private LogStore.Row row(LogRecord r, String level, LocalDateTime time, LocalDateTime now) {
        String exception = null;
        if (r.exception() != null) {
            exception = json.writeValueAsString(new ExceptionView(cut(r.exception().type(), 255),
                    cut(r.exception().value(), 2000), cut(r.exception().traceback(), 12000)));
        }
        String extra = null;
        if (r.extra() != null && !r.extra().isEmpty()) {
            extra = json.writeValueAsString(r.extra());
            if (extra.length() > 8000) {
                extra = null;
            }
        }
        // to the ms, as stored (a database that rounds would move 10:59:59.9996 into the next hour's counter)
        return new LogStore.Row(timeOrderedId(), time.truncatedTo(ChronoUnit.MILLIS), level, r.service().trim(),
                cut(r.message(), com.bantu.common.logship.LogShipper.MAX_MESSAGE), cut(r.name(), 255),
                cut(r.function(), 255), r.line(), cut(r.file(), 255), cut(r.module(), 255), cut(r.thread(), 255),
                r.process(), cut(r.host(), 255), cut(r.requestId(), 64), cut(r.userId(), 64),
                cut(r.traceId(), 64), exception, extra, now);
    }

    /**
     * Ids that sort by creation time (a version-7 style UUID: milliseconds first, then random bits), so inserts
     * append to the primary key instead of splitting pages all over it.
     */
    static String timeOrderedId() {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (rnd.nextLong() & 0x0FFFL);
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    // ---------------------------------------------------------------- reads

    /**
     * One page, newest first, with a {@code total} counted up to {@code bantu.logs.count-cap}. A keyword search is
     * planned so that no request reads every match of a frequent word (a FULLTEXT-driven plan counted 100 000
     * matches in 23 s at 1 M entries):
     * <ul>
     *   <li>the newest {@code keyword-window} / 20 entries of the range, then the newest {@code keyword-window}
     *       entries (the window's oldest time found through a time index) are read newest first with the literal
     *       {@code LIKE}, and only for the ids of the matches, up to the requested page plus
     *       {@value #KEYWORD_LOOKAHEAD_PAGES} pages ahead: the database stops at the last of those. When they fill the
     *       requested page, its rows are read by id and {@code total} says how many were found
     *       ({@code total_exact: false}: older entries may match too). When the range holds fewer entries than the
     *       window, the scan read all of them: {@code total} is exact unless the look-ahead stopped it. A keyword
     *       whose looked-up word holds a digit (an id, a number) and is too rare in the small window to fill the page
     *       from the large one skips the large one;</li>
     *   <li>otherwise (a rare keyword, or a page deeper than the window's matches) the whole range is searched, the
     *       total capped: by the {@code LIKE} alone when the range holds at most {@code keyword-scan} entries or the
     *       keyword has no word the FULLTEXT index can look up, else narrowed through the FULLTEXT index first; a
     *       one-word keyword the index did not find is then looked for inside words among the newest
     *       {@code keyword-scan} entries of the range ({@code total_exact} false when the range holds more).</li>
     * </ul>
     */
    public LogPage query(LogQueryRequest q) {
        LogQueryRequest r = q == null
                ? new LogQueryRequest(null, null, null, null, null, null, null, null, null, null, null) : q;
        List<FieldError> errors = new ArrayList<>();
        int page = r.page() == null ? 1 : r.page();
        if (page < 1) {
            errors.add(new FieldError("page", "必须大于等于1"));
        }
        int size = r.pageSize() == null ? DEFAULT_PAGE_SIZE : r.pageSize();
        if (size < 1) {
            errors.add(new FieldError("page_size", "必须大于等于1"));
        }
        size = Math.min(size, MAX_PAGE_SIZE);
        if (page > 1_000_000) {
            errors.add(new FieldError("page", "过大"));
        }
        List<String> services = services(r.services(), errors);
        List<String> levels = levels(r.levels(), errors);
        LocalDateTime start = parseTime(r.startTime(), "start_time", errors);
        LocalDateTime end = parseTime(r.endTime(), "end_time", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("end_time", "不能早于 start_time"));
        }
        String keyword = text(r.keyword(), "keyword", errors);
        String file = text(r.file(), "file", errors);
        String function = text(r.function(), "function", errors);
        String requestId = id(r.requestId(), "request_id", errors);
        String userId = id(r.userId(), "user_id", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LogFilter f = new LogFilter(services, levels, start, end, keyword, file, function, requestId, userId);
        if (keyword != null) {
            String word = LogStore.fulltextWord(keyword);
            boolean indexable = word != null;
            boolean numeric = indexable && word.chars().anyMatch(Character::isDigit);
            int small = Math.max(1, props.keywordWindow() / 20);
            int[] windows = small < props.keywordWindow() ? new int[] {small, props.keywordWindow()}
                    : new int[] {props.keywordWindow()};
            long need = (long) page * size;
            // the page and a few pages ahead of it: what total says at most when the newest entries answer
            long ahead = Math.max(need, Math.min(need + (long) KEYWORD_LOOKAHEAD_PAGES * size,
                    props.countCap() + 1L));
            int searched = 0;
            for (int w : windows) {
                LocalDateTime windowStart = store.windowStart(f, w);
                // newest first, the scan stops at the look-ahead's last match or at the window's oldest entry
                List<String> ids = store.newestIds(windowStart == null ? f : f.from(windowStart), ahead);
                if (windowStart == null) {
                    // the range holds fewer than w entries, all read: total exact unless the look-ahead stopped it
                    return page(ids, ids.size() < ahead, page, size);
                }
                searched = w;
                if (ids.size() >= need) {
                    return page(ids, false, page, size); // older entries may match too
                }
                long inWindow = ids.size();
                if (numeric && w < props.keywordWindow()
                        && inWindow * (props.keywordWindow() / w) < need) {
                    // a rare id or number: at this rate the larger window would not fill the page either. Words are
                    // not trusted to be rare: "timeout", absent from the newest entries but in 10 % of all, made
                    // the index read all of its 500 000 entries (seconds) at 5 M entries
                    break;
                }
            }
            // a rare keyword, or a page deeper than the window's matches: the whole range. Over more than
            // keyword-scan entries a plain-word keyword goes through the FULLTEXT index (one word of it,
            // LogStore.fulltextWord): a LIKE scan of one day's entries took 8.8 s at 5 M entries, the index lookup of
            // a rare word 0.1-0.2 s
            boolean fulltext = indexable && (searched > props.keywordScan()
                    || store.count(f.withoutKeyword(), props.keywordScan() + 1L, false) > props.keywordScan());
            long counted = store.count(f, props.countCap() + 1L, fulltext);
            if (counted == 0 && fulltext && LogStore.fulltextMayMiss(keyword) && props.keywordScan() > 0) {
                // a one-word keyword matches word starts through the index: when it found nothing, look for it
                // inside words too, with the LIKE alone over the newest keyword-scan entries of the range
                LocalDateTime from = store.windowStart(f, props.keywordScan());
                LogFilter newest = from == null ? f : f.from(from);
                return page(newest, store.count(newest, props.countCap() + 1L, false), from == null, page, size,
                        false);
            }
            return page(f, counted, true, page, size, fulltext);
        }
        return page(f, store.count(f, props.countCap() + 1L, false), true, page, size, false);
    }

    /**
     * The page of {@code ids} (the newest matches, newest first, at most the look-ahead) read by id; {@code total}
     * is how many there are, capped as every total.
     */
    private LogPage page(List<String> ids, boolean exact, int page, int size) {
        long total = Math.min(ids.size(), props.countCap());
        boolean totalExact = exact && ids.size() <= props.countCap();
        int from = (int) Math.min(ids.size(), (long) (page - 1) * size);
        int to = (int) Math.min(ids.size(), (long) page * size);
        List<LogEntry> rows = from == to ? List.of() : store.byIds(ids.subList(from, to));
        return new LogPage(rows, total, page, size, (total + size - 1) / size, totalExact);
    }

    /**
     * One page over {@code f} whose matches were counted as {@code counted} (at most the cap + 1): above the cap, or
     * when the count did not cover the whole filter ({@code exact} false), {@code total} is a lower bound.
     */
    private LogPage page(LogFilter f, long counted, boolean exact, int page, int size, boolean fulltext) {
        long total = Math.min(counted, props.countCap());
        boolean totalExact = exact && counted <= props.countCap();
        long pages = (total + size - 1) / size;
        List<LogEntry> rows = counted == 0 ? List.of() : store.page(f, page, size, fulltext);
        return new LogPage(rows, total, page, size, pages, totalExact);
    }

    /** Counts over a time range; no range = the retention window (now − retention-days … now). */
    public LogStatistics statistics(String rawServices, String rawStart, String rawEnd) {
        List<FieldError> errors = new ArrayList<>();
        List<String> services = services(rawServices == null ? null : List.of(rawServices.split(",")), errors);
        LocalDateTime start = parseTime(rawStart, "start_time", errors);
        LocalDateTime end = parseTime(rawEnd, "end_time", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("end_time", "不能早于 start_time"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (start == null) {
            start = (end == null ? now : end).minusDays(props.retentionDays());
        }
        if (end == null) {
            end = now;
        }
        Map<String, Long> byLevel = new TreeMap<>();
        Map<String, Long> byService = new TreeMap<>();
        for (Map.Entry<List<String>, Long> e : counts(services, start, end).entrySet()) {
            byService.merge(e.getKey().get(0), e.getValue(), Long::sum);
            byLevel.merge(e.getKey().get(1), e.getValue(), Long::sum);
        }
        long total = byLevel.values().stream().mapToLong(Long::longValue).sum();
        long errorsCount = byLevel.getOrDefault("ERROR", 0L) + byLevel.getOrDefault("CRITICAL", 0L);
        return new LogStatistics(total, new LinkedHashMap<>(byLevel), new LinkedHashMap<>(byService), errorsCount, byLevel.getOrDefault("WARNING", 0L),
                new TimeRange(start, end));
    }

    /**
     * Entries per (service, level) with {@code start <= log_time <= end}: the whole hours inside the range from the
     * hourly counters, the partial hours at either end from the entries themselves (at most two hours' rows).
     */
    private Map<List<String>, Long> counts(List<String> services, LocalDateTime start, LocalDateTime end) {
        LocalDateTime firstHour = start.truncatedTo(ChronoUnit.HOURS);
        if (firstHour.isBefore(start)) {
            firstHour = firstHour.plusHours(1);
        }
        // the hour [h, h + 1 h) lies inside the range when h + 1 h - 1 ms <= end (times are stored to the ms)
        LocalDateTime hoursEnd = end.plus(1, ChronoUnit.MILLIS).truncatedTo(ChronoUnit.HOURS);
        if (!firstHour.isBefore(hoursEnd)) {
            return store.countsByRows(services, start, end, true);
        }
        Map<List<String>, Long> out = new LinkedHashMap<>(store.countsByHour(services, firstHour, hoursEnd));
        if (start.isBefore(firstHour)) {
            store.countsByRows(services, start, firstHour, false).forEach((k, v) -> out.merge(k, v, Long::sum));
        }
        if (!hoursEnd.isAfter(end)) {
            store.countsByRows(services, hoursEnd, end, true).forEach((k, v) -> out.merge(k, v, Long::sum));
        }
        return out;
    }

    // ---------------------------------------------------------------- parsing

    private static List<String> services(List<String> raw, List<FieldError> errors) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            for (String s : raw) {
                if (s == null || s.isBlank()) {
                    continue;
                }
                String name = s.trim();
                if (name.length() > 64) {
                    errors.add(new FieldError("services", "每项最长64个字符"));
                    return List.of();
                }
                out.addAll(SERVICE_ALIASES.getOrDefault(name, List.of(name)));
            }
        }
        if (out.size() > 50) {
            errors.add(new FieldError("services", "最多50项"));
        }
        return List.copyOf(out);
    }

    private static List<String> levels(List<String> raw, List<FieldError> errors) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            for (String s : raw) {
                if (s == null || s.isBlank()) {
                    continue;
                }
                String level = level(s);
                if (level == null) {
                    errors.add(new FieldError("levels", "必须是 " + String.join(", ", sorted()) + " 之一"));
                    return List.of();
                }
                out.add(level);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> sorted() {
        return List.of("TRACE", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL");
    }

    /** Upper-cased; Logback's WARN is WARNING here. Null when not a known level. */
    static String level(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String l = raw.trim().toUpperCase(Locale.ROOT);
        if (l.equals("WARN")) {
            l = "WARNING";
        }
        return LEVELS.contains(l) ? l : null;
    }

    private static String text(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim();
        if (t.length() > MAX_KEYWORD) {
            errors.add(new FieldError(field, "最长" + MAX_KEYWORD + "个字符"));
            return null;
        }
        return t;
    }

    private static String id(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim();
        if (t.length() > 64) {
            errors.add(new FieldError(field, "最长64个字符"));
            return null;
        }
        return t;
    }

    /**
     * {@code 2026-01-31}, {@code 2026-01-31T10:00:00[.sss]} (server-local; a space instead of T too) or a zoned
     * form ({@code …Z}, {@code …+07:00}) converted to server-local time. Empty = absent.
     */
    static LocalDateTime parseTime(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDateTime t = time(raw);
        if (t == null) {
            errors.add(new FieldError(field, "必须是 ISO-8601 日期或时间"));
        }
        return t;
    }

    private static LocalDateTime time(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim().replace(' ', 'T');
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.ofInstant(Instant.parse(s), ZoneId.systemDefault());
                } catch (DateTimeParseException e2) {
                    return OffsetDateTime.parse(s).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
                }
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
