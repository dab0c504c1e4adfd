package com.bantu.servicemanagement.price;

import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.security.CurrentUser;
import com.bantu.servicemanagement.names.FoundationNames;
import com.bantu.servicemanagement.support.Sql;
import com.bantu.servicemanagement.support.Tx;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Price strategies ({@code product_prices}): a product's price of one type and currency, general or for one
 * organization, over a validity range. Ranges of the same product, organization, type and currency never overlap
 * (409); writes lock the product's row first so two concurrent writes cannot both pass that check. Every create and
 * every amount change writes a {@code product_price_history} row ({@code price_field = price_<type>_<currency>}), the
 * same table the product's own price columns write, so the history read shows both. Plain SQL (one join for the
 * product's name); organization names come from foundation after the transaction.
 */
@Service
public class PriceStrategyService {

    public static final String NOT_FOUND = "价格不存在";
    static final List<String> TYPES = List.of("cost", "channel", "direct", "list");
    static final List<String> CURRENCIES = List.of("IDR", "CNY", "USD", "EUR");
    private static final Pattern FIELD = Pattern.compile("^price_(cost|channel|direct|list)_(idr|cny|usd|eur)$");
    private static final String SELECT = "SELECT pp.*, p.name AS product_name FROM product_prices pp "
            + "JOIN products p ON p.id = pp.product_id";

    private final JdbcTemplate jdbc;
    private final Tx tx;
    private final FoundationNames names;

    public PriceStrategyService(JdbcTemplate jdbc, Tx tx, FoundationNames names) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.names = names;
    }

    public record Filter(String productId, String organizationId, String priceType, String currency,
                         Boolean isApproved) {
    }

    public RecordsPage<PriceStrategyResponse> list(Filter f, PageQuery page) {
        QueryParams checks = new QueryParams();
        String type = checks.oneOf("price_type", Sql.blankToNull(f.priceType()), TYPES);
        String currency = checks.oneOf("currency", Sql.blankToNull(f.currency()), CURRENCIES);
        checks.throwIfInvalid();
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        Sql.eq(where, args, "pp.product_id", Sql.blankToNull(f.productId()));
        Sql.eq(where, args, "pp.organization_id", Sql.blankToNull(f.organizationId()));
        Sql.eq(where, args, "pp.price_type", type);
        Sql.eq(where, args, "pp.currency", currency == null ? null : currency.toUpperCase(Locale.ROOT));
        Sql.eq(where, args, "pp.is_approved", f.isApproved());
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        RecordsPage<PriceStrategyResponse> rows = tx.read(() -> {
            Long total = jdbc.queryForObject("SELECT COUNT(*) FROM product_prices pp" + filter, Long.class,
                    args.toArray());
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(page.size());
            pageArgs.add((long) (page.page() - 1) * page.size());
            List<PriceStrategyResponse> found = jdbc.query(SELECT + filter + " ORDER BY pp.product_id, "
                    + "pp.price_type, pp.currency, pp.effective_from DESC, pp.id LIMIT ? OFFSET ?",
                    PriceStrategyService::row, pageArgs.toArray());
            long count = total == null ? 0 : total;
            return new RecordsPage<>(found, count, page.size(), page.page(), page.pages(count));
        });
        return new RecordsPage<>(named(rows.records()), rows.total(), rows.size(), rows.current(), rows.pages());
    }

    public PriceStrategyResponse create(CreatePriceStrategyRequest body) {
        UpdatePriceStrategyRequest r = body.asUpdate();
        String id = tx.write(() -> {
            String productId = r.productId().trim();
            lockProduct(productId);
            String org = Sql.blankToNull(r.organizationId());
            checkRange(r.effectiveFrom(), r.effectiveTo());
            checkNoOverlap(null, productId, org, r.priceType(), r.currency(), r.effectiveFrom(), r.effectiveTo());
            String newId = UUID.randomUUID().toString();
            LocalDateTime now = now();
            boolean approved = Boolean.TRUE.equals(r.isApproved());
            jdbc.update("INSERT INTO product_prices (id, product_id, organization_id, price_type, currency, amount, "
                    + "exchange_rate, effective_from, effective_to, source, is_approved, approved_by, approved_at, "
                    + "change_reason, changed_by, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", newId, productId, org,
                    r.priceType(), r.currency(), r.amount(), r.exchangeRate(), r.effectiveFrom(), r.effectiveTo(),
                    r.source() == null ? "manual" : r.source(), approved, approved ? CurrentUser.id() : null,
                    approved ? now : null, r.changeReason(), CurrentUser.id(), now, now);
            history(productId, org, r.priceType(), r.currency(), null, r.amount(), r.changeReason());
            return newId;
        });
        return get(id);
    }

    public PriceStrategyResponse update(String id, UpdatePriceStrategyRequest r) {
        tx.write(() -> {
            PriceStrategyResponse old = find(id);
            lockProduct(old.productId());
            LocalDateTime from = r.effectiveFrom() != null ? r.effectiveFrom() : old.effectiveFrom();
            LocalDateTime to = r.effectiveTo() != null ? r.effectiveTo() : old.effectiveTo();
            checkRange(from, to);
            checkNoOverlap(id, old.productId(), old.organizationId(), old.priceType(), old.currency(), from, to);
            BigDecimal amount = r.amount() != null ? r.amount() : old.amount();
            LocalDateTime now = now();
            Boolean approve = r.isApproved();
            jdbc.update("UPDATE product_prices SET amount = ?, exchange_rate = COALESCE(?, exchange_rate), "
                    + "effective_from = ?, effective_to = ?, change_reason = COALESCE(?, change_reason), "
                    + "is_approved = COALESCE(?, is_approved), "
                    + "approved_by = CASE WHEN ? IS NULL THEN approved_by WHEN ? THEN ? ELSE NULL END, "
                    + "approved_at = CASE WHEN ? IS NULL THEN approved_at WHEN ? THEN ? ELSE NULL END, "
                    + "changed_by = ?, updated_at = ? WHERE id = ?", amount, r.exchangeRate(), from, to,
                    r.changeReason(), approve, approve, approve, CurrentUser.id(), approve, approve, now,
                    CurrentUser.id(), now, id);
            if (amount.compareTo(old.amount()) != 0) {
                history(old.productId(), old.organizationId(), old.priceType(), old.currency(), old.amount(), amount,
                        r.changeReason());
            }
            return id;
        });
        return get(id);
    }

    public void delete(String id) {
        tx.write(() -> {
            if (jdbc.update("DELETE FROM product_prices WHERE id = ?", id) == 0) {
                throw new NotFoundException(NOT_FOUND);
            }
            return id;
        });
    }

    public PriceStrategyResponse get(String id) {
        return named(List.of(tx.read(() -> find(id)))).get(0);
    }

    /**
     * The price changes of a product, newest first: price strategies and the product's own price columns
     * ({@code product_price_history} rows of a {@code price_<type>_<currency>} field). A change is in effect until the
     * next change of the same price (same organization, type and currency).
     */
    public List<PriceHistoryEntry> history(String productId) {
        return tx.read(() -> {
            if (jdbc.queryForList("SELECT id FROM products WHERE id = ?", String.class, productId).isEmpty()) {
                throw new NotFoundException("产品不存在");
            }
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, vendor_id, price_field, old_value, "
                    + "new_value, change_reason, changed_by, changed_at, created_at FROM product_price_history "
                    + "WHERE product_id = ? ORDER BY changed_at, created_at, id", productId);
            Map<String, LocalDateTime> nextChange = new HashMap<>();
            List<PriceHistoryEntry> out = new ArrayList<>();
            for (int i = rows.size() - 1; i >= 0; i--) {
                Map<String, Object> h = rows.get(i);
                Matcher m = FIELD.matcher((String) h.get("price_field"));
                if (!m.matches()) {
                    continue;
                }
                String key = h.get("vendor_id") + "/" + h.get("price_field");
                LocalDateTime at = Sql.time(h.get("changed_at"));
                out.add(new PriceHistoryEntry((String) h.get("id"), productId, (String) h.get("vendor_id"),
                        m.group(1), m.group(2).toUpperCase(Locale.ROOT), (BigDecimal) h.get("old_value"),
                        (BigDecimal) h.get("new_value"), (String) h.get("change_reason"), at, nextChange.get(key),
                        (String) h.get("changed_by"), Sql.time(h.get("created_at"))));
                nextChange.put(key, at);
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- helpers

    private PriceStrategyResponse find(String id) {
        List<PriceStrategyResponse> rows = jdbc.query(SELECT + " WHERE pp.id = ?", PriceStrategyService::row, id);
        if (rows.isEmpty()) {
            throw new NotFoundException(NOT_FOUND);
        }
        return rows.get(0);
    }

    private void lockProduct(String productId) {
        if (jdbc.queryForList("SELECT id FROM products WHERE id = ? AND deleted_at IS NULL FOR UPDATE", String.class,
                productId).isEmpty()) {
            throw ValidationException.of("product_id", "product does not exist");
        }
    }

    private static void checkRange(LocalDateTime from, LocalDateTime to) {
        if (to != null && from != null && !to.isAfter(from)) {
            throw ValidationException.of("effective_to", "must be after effective_from");
        }
    }

    /** Another price of the same key whose range meets [from, to) is a 409 (open ends reach forever). */
    private void checkNoOverlap(String self, String productId, String org, String type, String currency,
                                LocalDateTime from, LocalDateTime to) {
        List<Object> args = new ArrayList<>(List.of(productId, type, currency));
        String orgCondition = org == null ? "organization_id IS NULL" : "organization_id = ?";
        if (org != null) {
            args.add(org);
        }
        args.add(to == null ? LocalDateTime.of(9999, 12, 31, 0, 0) : to);
        args.add(from);
        args.add(self == null ? "" : self);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM product_prices WHERE product_id = ? AND price_type = ? "
                + "AND currency = ? AND " + orgCondition + " AND effective_from < ? "
                + "AND (effective_to IS NULL OR effective_to > ?) AND id <> ?", Long.class, args.toArray());
        if (n != null && n > 0) {
            throw new ConflictException("该产品在此时间范围内已有相同类型和币种的价格");
        }
    }

    private void history(String productId, String org, String type, String currency, BigDecimal oldAmount,
                         BigDecimal newAmount, String reason) {
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("INSERT INTO product_price_history (id, product_id, vendor_id, price_field, old_value, new_value, "
                + "changed_by, changed_by_name, changed_at, created_at, updated_at, change_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), productId, org,
                "price_" + type + "_" + currency.toLowerCase(Locale.ROOT), oldAmount, newAmount, CurrentUser.id(),
                CurrentUser.get().username(), at, at, at, reason);
    }

    private List<PriceStrategyResponse> named(List<PriceStrategyResponse> rows) {
        Map<String, String> orgs = names.organizations(rows.stream().map(PriceStrategyResponse::organizationId)
                .toList());
        return rows.stream().map(r -> r.withOrganizationName(orgs.get(r.organizationId()))).toList();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static PriceStrategyResponse row(ResultSet rs, int n) throws SQLException {
        return new PriceStrategyResponse(rs.getString("id"), rs.getString("product_id"), rs.getString("product_name"),
                rs.getString("organization_id"), null, rs.getString("price_type"), rs.getString("currency"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("exchange_rate"),
                Sql.time(rs.getTimestamp("effective_from")), Sql.time(rs.getTimestamp("effective_to")),
                rs.getString("source"), rs.getBoolean("is_approved"), rs.getString("approved_by"),
                Sql.time(rs.getTimestamp("approved_at")), rs.getString("change_reason"), rs.getString("changed_by"),
                Sql.time(rs.getTimestamp("created_at")), Sql.time(rs.getTimestamp("updated_at")));
    }
}
