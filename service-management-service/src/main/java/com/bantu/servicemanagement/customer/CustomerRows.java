package com.bantu.servicemanagement.customer;

import com.bantu.common.scope.DataScope;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Customers as their answers show them, read with SQL: each row with the names this service's own tables give it
 * (parent customer, source, channel, industry, level), joined in the same query. The list and the single customer
 * read through here; writes and the other reads go through JPA ({@link CustomerRepository}).
 * <p>
 * Why SQL: loaded as JPA entities, a page of 20 customers and its five lookups were half of the list's CPU in JFR
 * profiles (Hibernate's per-column extraction, a {@code Calendar} per timestamp value, six queries). Here it is one
 * query and one {@code Calendar}. {@link Customer#fromRow} maps the columns; {@code CustomerRowsIT} checks that every
 * field equals what JPA loads, also in a JVM whose time zone is not UTC.
 * <p>
 * Timestamps are read as Hibernate reads them with {@code hibernate.jdbc.time_zone} set: the column in that zone,
 * shown as the JVM's local time.
 */
@Component
class CustomerRows {

    private static final String SELECT = "SELECT c.*, p.name AS ref_parent_name, s.name AS ref_source_name,"
            + " ch.name AS ref_channel_name, i.name_zh AS ref_industry_name_zh, i.name_id AS ref_industry_name_id,"
            + " l.name_zh AS ref_level_name_zh, l.name_id AS ref_level_name_id"
            + " FROM customers c"
            + " LEFT JOIN customers p ON p.id = c.parent_customer_id"
            + " LEFT JOIN customer_sources s ON s.id = c.source_id"
            + " LEFT JOIN customer_channels ch ON ch.id = c.channel_id"
            + " LEFT JOIN industries i ON i.id = c.industry_id"
            + " LEFT JOIN customer_levels l ON l.code = c.level";

    /** A customer and the names from this service's tables (foundation's names are not filled in here). */
    record Row(Customer customer, DisplayNames names) {
    }

    private final JdbcTemplate jdbc;
    private final TimeZone jdbcTimeZone;

    CustomerRows(JdbcTemplate jdbc, @Value("${spring.jpa.properties.hibernate.jdbc.time_zone:}") String jdbcTimeZone) {
        this.jdbc = jdbc;
        this.jdbcTimeZone = jdbcTimeZone.isBlank() ? null : TimeZone.getTimeZone(jdbcTimeZone);
    }

    /** The customers with these ids, in the order of the ids (ids that name no row are skipped). */
    List<Row> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> found = read(SELECT + " WHERE c.id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")", ids.toArray());
        Map<String, Row> byId = new HashMap<>();
        found.forEach(r -> byId.put(r.customer().getId(), r));
        List<Row> out = new ArrayList<>(found.size());
        for (String id : ids) {
            Row r = byId.get(id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The customer if the data scope covers it (deleted ones too); empty when missing or out of scope. */
    Optional<Row> byId(String id, DataScope scope) {
        DataScope.Sql inScope = scope.sql("c.organization_id", "c.owner_user_id", "c.created_by");
        List<Object> args = new ArrayList<>();
        args.add(id);
        String sql = SELECT + " WHERE c.id = ?";
        if (inScope != null) {
            sql += " AND " + inScope.condition();
            args.addAll(inScope.args());
        }
        return read(sql, args.toArray()).stream().findFirst();
    }

    private List<Row> read(String sql, Object[] args) {
        return jdbc.query(sql, (ResultSet rs) -> {
            Columns columns = new Columns(rs, jdbcTimeZone == null ? null : Calendar.getInstance(jdbcTimeZone));
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                Customer c = Customer.fromRow(columns);
                rows.add(new Row(c, new DisplayNames(
                        c.parentCustomerId == null ? c.parentName : columns.text("ref_parent_name"),
                        c.sourceId == null ? c.sourceName : columns.text("ref_source_name"),
                        c.channelId == null ? c.channelName : columns.text("ref_channel_name"),
                        null, null, null,
                        columns.text("ref_industry_name_zh"), columns.text("ref_industry_name_id"),
                        columns.text("ref_level_name_zh"), columns.text("ref_level_name_id"))));
            }
            return rows;
        }, args);
    }

    /**
     * The current row's columns by name: the names are resolved to indexes once per query (a driver's lookup by name
     * can cost more than the read), and one {@code Calendar} serves every timestamp of the query.
     */
    static final class Columns {

        private final ResultSet rs;
        private final Calendar calendar;
        private final Map<String, Integer> indexes = new HashMap<>();

        Columns(ResultSet rs, Calendar calendar) throws SQLException {
            this.rs = rs;
            this.calendar = calendar;
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = meta.getColumnCount(); i >= 1; i--) {
                indexes.put(JdbcUtils.lookupColumnName(meta, i).toLowerCase(Locale.ROOT), i);
            }
        }

        String text(String column) throws SQLException {
            return rs.getString(index(column));
        }

        LocalDateTime time(String column) throws SQLException {
            int i = index(column);
            Timestamp t = calendar == null ? rs.getTimestamp(i) : rs.getTimestamp(i, calendar);
            return t == null ? null : t.toLocalDateTime();
        }

        boolean bool(String column) throws SQLException {
            return rs.getBoolean(index(column));
        }

        Long number(String column) throws SQLException {
            long value = rs.getLong(index(column));
            return rs.wasNull() ? null : value;
        }

        /** The first column of that name (lower case, as written in this class). */
        private int index(String column) throws SQLException {
            Integer i = indexes.get(column);
            if (i == null) {
                throw new SQLException("No column " + column + " in the customer query");
            }
            return i;
        }
    }
}
