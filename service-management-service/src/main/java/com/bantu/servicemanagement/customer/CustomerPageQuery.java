package com.bantu.servicemanagement.customer;

import com.bantu.common.api.PageQuery;
import com.bantu.common.scope.DataScope;
import com.bantu.common.web.Names;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The customer list's two queries, in SQL so their plans are predictable at a million rows (bench/customers.sh):
 * <ul>
 *   <li>the page's ids: filter, order and offset answered from an index without reading table rows (a deferred join:
 *       {@link CustomerService} then loads only those rows);</li>
 *   <li>the total: {@code COUNT(*)} with the same filter, index-only.</li>
 * </ul>
 * With a name prefix the MySQL/MariaDB optimizer tends to walk the created_at index backwards, reading rows, hoping to
 * meet 20 matches early; when matches are old that reads most of the table. {@code FORCE INDEX (idx_customers_name)}
 * makes it range-scan the matches instead (cost bounded by the number of matches). H2 gets the same SQL without the
 * hint. Sort columns come from a whitelist only; every value is a bind parameter. The caller's data scope is one more
 * condition (owner / creator / organization, see {@link CustomerService#SCOPE}); an {@code all} scope adds none.
 * <p>
 * Totals are reused for {@link #TOTAL_TTL} per filter (paging through one search counts once) and all dropped when this
 * instance writes a customer; another replica's writes show up within the TTL. The unfiltered total is a count over
 * the whole index, so this matters most there.
 */
@Component
public class CustomerPageQuery {

    static final Duration TOTAL_TTL = Duration.ofSeconds(10);
    private static final char ESCAPE = '!';

    private final JdbcTemplate jdbc;
    private final boolean mysqlFamily;
    private final Map<String, CachedCount> totals = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record CachedCount(long value, long generation, long at) {
    }

    public CustomerPageQuery(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.mysqlFamily = isMysqlFamily(dataSource);
    }

    record Result(long total, List<String> ids) {
    }

    Result run(CustomerService.Filter f, DataScope scope, Sort sort, PageQuery page) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!f.includeDeleted()) {
            where.add("deleted_at IS NULL");
        }
        DataScope.Sql inScope = scope.sql("organization_id", "owner_user_id", "created_by");
        if (inScope != null) {
            where.add(inScope.condition());
            args.addAll(inScope.args());
        }
        boolean prefix = false;
        if (f.name() != null && !f.name().isBlank()) {
            String text = escape(f.name().trim());
            if ("contains".equals(f.nameMatch())) {
                where.add("LOWER(name) LIKE ? ESCAPE '" + ESCAPE + "'");
                args.add("%" + text.toLowerCase(Locale.ROOT) + "%");
            } else {
                prefix = true;
                where.add("name LIKE ? ESCAPE '" + ESCAPE + "'");
                args.add(text + "%");
            }
        }
        eq(where, args, "code", f.code());
        eq(where, args, "customer_type", f.customerType());
        eq(where, args, "customer_source_type", f.customerSourceType());
        eq(where, args, "parent_customer_id", f.parentCustomerId());
        eq(where, args, "owner_user_id", f.ownerUserId());
        eq(where, args, "agent_id", f.agentId());
        eq(where, args, "source_id", f.sourceId());
        eq(where, args, "channel_id", f.channelId());
        eq(where, args, "is_locked", f.isLocked());
        eq(where, args, "industry_id", f.industryId());
        if (f.mine()) {
            where.add("owner_user_id = ?");
            args.add(scope.userId());
        }

        String from = " FROM customers" + (prefix && mysqlFamily ? " FORCE INDEX (idx_customers_name)" : "");
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = count(from + condition, args);
        if (total == 0) {
            return new Result(0, List.of());
        }
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : sort) {
            order.append(order.isEmpty() ? " ORDER BY " : ", ").append(Names.snake(o.getProperty()))
                    .append(o.isAscending() ? " ASC" : " DESC");
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add((long) (page.page() - 1) * page.size());
        List<String> ids = jdbc.queryForList("SELECT id" + from + condition + order + " LIMIT ? OFFSET ?",
                String.class, pageArgs.toArray());
        return new Result(total, ids);
    }

    /** Forgets every cached total (after this instance created, changed, deleted or restored a customer). */
    void invalidate() {
        generation.incrementAndGet();
    }

    private long count(String fromWhere, List<Object> args) {
        String key = fromWhere + args;
        long now = System.nanoTime();
        long gen = generation.get();
        CachedCount cached = totals.get(key);
        if (cached != null && cached.generation() == gen && now - cached.at() < TOTAL_TTL.toNanos()) {
            return cached.value();
        }
        Long n = jdbc.queryForObject("SELECT COUNT(*)" + fromWhere, Long.class, args.toArray());
        long value = n == null ? 0 : n;
        if (totals.size() > 10_000) {
            totals.clear();
        }
        totals.put(key, new CachedCount(value, gen, now));
        return value;
    }

    private static void eq(List<String> where, List<Object> args, String column, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return;
        }
        where.add(column + " = ?");
        args.add(value);
    }

    private static String escape(String s) {
        return s.replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE).replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
    }

    private static boolean isMysqlFamily(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mysql") || product.contains("mariadb");
        } catch (SQLException e) {
            return false;
        }
    }
}
