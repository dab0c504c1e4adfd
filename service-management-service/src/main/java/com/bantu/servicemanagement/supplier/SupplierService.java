package com.bantu.servicemanagement.supplier;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.BadRequestException;
import com.bantu.common.error.NotFoundException;
import com.bantu.servicemanagement.support.Sql;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Suppliers as the web client sees them: vendor organizations (owned by foundation-service, asked first, outside any
 * transaction) joined with what this service stores about them: the products they offer ({@code vendor_products}),
 * their cost prices and the history of those prices. The local reads are plain SQL (autocommit), one query per kind.
 */
@Service
public class SupplierService {

    public static final String NOT_FOUND = "供应商不存在";
    public static final String NOT_A_SUPPLIER = "该组织不是供应商";
    public static final String LINK_NOT_FOUND = "供应商产品关联不存在";
    private static final String VENDOR = "vendor";
    private static final String[][] SALES_COLUMNS = {
        {"channel", "IDR", "price_channel_idr"}, {"channel", "CNY", "price_channel_cny"},
        {"direct", "IDR", "price_direct_idr"}, {"direct", "CNY", "price_direct_cny"},
        {"list", "IDR", "price_list_idr"}, {"list", "CNY", "price_list_cny"}};
    private static final String HISTORY = "SELECT id, vendor_product_id, old_price_cny, old_price_idr, new_price_cny, "
            + "new_price_idr, effective_from, effective_to, change_reason, changed_by, created_at "
            + "FROM vendor_product_price_history";

    private final FoundationOrganizations organizations;
    private final JdbcTemplate jdbc;
    private final SupplierOffers offers;

    public SupplierService(FoundationOrganizations organizations, JdbcTemplate jdbc, SupplierOffers offers) {
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.offers = offers;
    }

    public record Filter(String name, String code, Boolean isActive, Boolean isLocked) {
    }

    public ItemsPage<SupplierResponse> list(Filter f, PageQuery page) {
        FoundationOrganizations.Page vendors = organizations.vendors(Sql.blankToNull(f.name()),
                Sql.blankToNull(f.code()),
                f.isActive(), f.isLocked(), page.page(), page.size());
        List<FoundationOrganizations.Organization> rows = vendors.records() == null ? List.of() : vendors.records();
        Map<String, Long> counts = serviceCounts(rows.stream().map(FoundationOrganizations.Organization::id).toList());
        return new ItemsPage<>(rows.stream().map(o -> SupplierResponse.of(o, counts.getOrDefault(o.id(), 0L)))
                .toList(), vendors.total(), page.page(), page.size());
    }

    public SupplierResponse get(String id) {
        FoundationOrganizations.Organization o = requireVendor(id);
        return SupplierResponse.of(o, serviceCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /**
     * The supplier's products: primary first, then by priority (smaller first), then newest product; each with its
     * cost-price history (newest first; the current row is the one with {@code effective_from <= now} and no or a
     * later {@code effective_to}).
     */
    public ItemsPage<SupplierServiceResponse> services(String id, Boolean isAvailable, PageQuery page) {
        requireVendor(id);
        String where = " WHERE v.vendor_id = ? AND p.deleted_at IS NULL" + (isAvailable == null ? ""
                : " AND v.is_available = ?");
        List<Object> args = new ArrayList<>(List.of(id));
        if (isAvailable != null) {
            args.add(isAvailable);
        }
        String from = " FROM vendor_products v JOIN products p ON p.id = v.product_id "
                + "LEFT JOIN product_categories c ON c.id = p.category_id";
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add((long) (page.page() - 1) * page.size());
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT v.id AS vendor_product_id, v.is_primary, "
                + "v.is_available, v.priority, v.cost_price_cny, v.cost_price_idr, v.processing_days, "
                + "v.created_at AS linked_at, p.id AS product_id, p.name, p.code, p.enterprise_service_code, "
                + "p.category_id, c.name AS category_name, p.service_type_id, p.service_type, p.service_subtype, "
                + "p.status, p.is_active, p.updated_at, p.exchange_rate, p.price_channel_idr, p.price_channel_cny, "
                + "p.price_direct_idr, p.price_direct_cny, p.price_list_idr, p.price_list_cny" + from + where
                + " ORDER BY v.is_primary DESC, v.priority ASC, p.created_at DESC, p.id LIMIT ? OFFSET ?",
                pageArgs.toArray());
        List<String> offerIds = rows.stream().map(r -> (String) r.get("vendor_product_id")).toList();
        Map<String, List<PriceHistoryItem>> history = historyOf(offerIds);
        Map<String, BigDecimal[]> due = duePrices(offerIds);
        Map<String, List<SalesPrice>> strategies = strategyPrices(id,
                rows.stream().map(r -> (String) r.get("product_id")).toList());
        List<SupplierServiceResponse> items = rows.stream().map(r -> {
            String offerId = (String) r.get("vendor_product_id");
            BigDecimal[] cost = due.getOrDefault(offerId,
                    new BigDecimal[] {(BigDecimal) r.get("cost_price_cny"), (BigDecimal) r.get("cost_price_idr")});
            return new SupplierServiceResponse((String) r.get("product_id"), (String) r.get("name"),
                    (String) r.get("code"), (String) r.get("enterprise_service_code"), (String) r.get("category_id"),
                    (String) r.get("category_name"), (String) r.get("service_type_id"),
                    (String) r.get("service_type"), (String) r.get("service_subtype"), (String) r.get("status"),
                    bool(r.get("is_active")), offerId, bool(r.get("is_primary")), bool(r.get("is_available")),
                    ((Number) r.get("priority")).intValue(), cost[0], cost[1],
                    r.get("processing_days") == null ? null : ((Number) r.get("processing_days")).intValue(),
                    strategies.getOrDefault((String) r.get("product_id"), salesPrices(r)),
                    history.getOrDefault(offerId, List.of()), Sql.time(r.get("linked_at")));
        }).toList();
        return new ItemsPage<>(items, total == null ? 0 : total, page.page(), page.size());
    }

    /** The cost-price history of one product of the supplier, newest {@code effective_from} first. */
    public List<PriceHistoryItem> prices(String id, String productId) {
        requireVendor(id);
        List<String> link = jdbc.queryForList("SELECT id FROM vendor_products WHERE vendor_id = ? AND product_id = ?",
                String.class, id, productId);
        if (link.isEmpty()) {
            throw new NotFoundException(LINK_NOT_FOUND);
        }
        return historyOf(link).getOrDefault(link.get(0), List.of());
    }

    /**
     * The supplier's offers as stored, keyed by product id (link and cost-price columns only, no names): what the
     * audit trail compares before and after a batch or price change.
     */
    public Map<String, Map<String, Object>> offers(String id) {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        jdbc.query("SELECT product_id, is_primary, is_available, priority, cost_price_cny, cost_price_idr, "
                + "processing_days FROM vendor_products WHERE vendor_id = ?", rs -> {
                    Map<String, Object> offer = new java.util.LinkedHashMap<>();
                    offer.put("is_primary", rs.getBoolean("is_primary"));
                    offer.put("is_available", rs.getBoolean("is_available"));
                    offer.put("priority", rs.getInt("priority"));
                    offer.put("cost_price_cny", rs.getBigDecimal("cost_price_cny"));
                    offer.put("cost_price_idr", rs.getBigDecimal("cost_price_idr"));
                    offer.put("processing_days", rs.getObject("processing_days"));
                    out.put(rs.getString("product_id"), offer);
                }, id);
        return out;
    }

    /** The ids of the products already linked to the supplier (the batch-add dialog hides them). */
    public List<String> existingProducts(String id) {
        requireVendor(id);
        return jdbc.queryForList("SELECT product_id FROM vendor_products WHERE vendor_id = ? ORDER BY product_id",
                String.class, id);
    }

    // ---------------------------------------------------------------- writes (the supplier is checked first, outside
    // any transaction; SupplierOffers runs the transactions)

    /** Links products to the supplier; unknown, deleted and already linked products are reported as failed. */
    public SupplierProductsResult addProducts(String id, SupplierProductsRequest r) {
        requireVendor(id);
        return offers.addProducts(id, r);
    }

    /** Changes many offers' prices and flags at once (each item on its own; failures are reported). */
    public SupplierPricesResult updatePrices(String id, SupplierPricesRequest r) {
        requireVendor(id);
        return offers.updatePrices(id, r);
    }

    /** One offer's prices, now or from a future moment. */
    public PriceChangeResult changePrice(String id, String productId, Map<String, Object> body) {
        PriceChange change = PriceChange.from(body);
        requireVendor(id);
        return offers.changePrice(id, productId, change);
    }

    private FoundationOrganizations.Organization requireVendor(String id) {
        FoundationOrganizations.Organization o = organizations.byId(id)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!VENDOR.equals(o.organizationType())) {
            throw new BadRequestException(NOT_A_SUPPLIER);
        }
        return o;
    }

    private Map<String, Long> serviceCounts(List<String> vendorIds) {
        Map<String, Long> out = new HashMap<>();
        if (vendorIds.isEmpty()) {
            return out;
        }
        jdbc.query("SELECT vendor_id, COUNT(DISTINCT product_id) FROM vendor_products WHERE vendor_id IN ("
                + Sql.marks(vendorIds.size()) + ") GROUP BY vendor_id",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, vendorIds.toArray());
        return out;
    }

    /**
     * Future prices whose moment has come but that the roll-forward job has not written yet: {@code {offer id:
     * [cny, idr]}} (the latest due one per offer), so reads show the price in effect without waiting for the job.
     */
    private Map<String, BigDecimal[]> duePrices(List<String> vendorProductIds) {
        Map<String, BigDecimal[]> out = new HashMap<>();
        if (vendorProductIds.isEmpty()) {
            return out;
        }
        List<Object> args = new ArrayList<>(vendorProductIds);
        args.add(LocalDateTime.now());
        jdbc.query("SELECT vendor_product_id, new_price_cny, new_price_idr FROM vendor_product_price_history "
                + "WHERE vendor_product_id IN (" + Sql.marks(vendorProductIds.size()) + ") AND applied_at IS NULL "
                + "AND effective_from <= ? ORDER BY effective_from", rs -> {
                    out.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                }, args.toArray());
        return out;
    }

    private Map<String, List<PriceHistoryItem>> historyOf(List<String> vendorProductIds) {
        Map<String, List<PriceHistoryItem>> out = new HashMap<>();
        if (vendorProductIds.isEmpty()) {
            return out;
        }
        jdbc.query(HISTORY + " WHERE vendor_product_id IN (" + Sql.marks(vendorProductIds.size())
                + ") ORDER BY effective_from DESC, created_at DESC, id", rs -> {
                    out.computeIfAbsent(rs.getString("vendor_product_id"), k -> new ArrayList<>()).add(item(rs));
                }, vendorProductIds.toArray());
        return out;
    }

    /**
     * Selling prices from price strategies ({@code product_prices}) in effect now, of type channel, direct or list,
     * general or for this supplier (the supplier's first): {@code {product id: prices}}; a product without any is
     * absent (its prices then come from its price columns).
     */
    private Map<String, List<SalesPrice>> strategyPrices(String vendorId, List<String> productIds) {
        Map<String, List<SalesPrice>> out = new HashMap<>();
        if (productIds.isEmpty()) {
            return out;
        }
        LocalDateTime now = LocalDateTime.now();
        List<Object> args = new ArrayList<>(productIds);
        args.addAll(List.of(vendorId, now, now, vendorId));
        jdbc.query("SELECT product_id, price_type, currency, amount, exchange_rate, effective_from, effective_to, "
                + "organization_id FROM product_prices WHERE product_id IN (" + Sql.marks(productIds.size()) + ") "
                + "AND price_type IN ('channel', 'direct', 'list') "
                + "AND (organization_id IS NULL OR organization_id = ?) "
                + "AND effective_from <= ? AND (effective_to IS NULL OR effective_to > ?) "
                + "ORDER BY product_id, CASE WHEN organization_id = ? THEN 0 ELSE 1 END, price_type, currency", rs -> {
                    out.computeIfAbsent(rs.getString("product_id"), k -> new ArrayList<>()).add(new SalesPrice(
                            rs.getString("price_type"), rs.getString("currency"), rs.getBigDecimal("amount"),
                            rs.getBigDecimal("exchange_rate"), Sql.time(rs.getTimestamp("effective_from")),
                            Sql.time(rs.getTimestamp("effective_to")), rs.getString("organization_id") != null));
                }, args.toArray());
        return out;
    }

    /** Selling prices from the product's price columns (general prices, effective since its last update). */
    private static List<SalesPrice> salesPrices(Map<String, Object> r) {
        List<SalesPrice> out = new ArrayList<>();
        for (String[] c : SALES_COLUMNS) {
            BigDecimal amount = (BigDecimal) r.get(c[2]);
            if (amount != null) {
                out.add(new SalesPrice(c[0], c[1], amount, (BigDecimal) r.get("exchange_rate"),
                        Sql.time(r.get("updated_at")), null, false));
            }
        }
        return out;
    }

    private static PriceHistoryItem item(ResultSet rs) throws SQLException {
        return new PriceHistoryItem(rs.getString("id"), rs.getBigDecimal("old_price_cny"),
                rs.getBigDecimal("old_price_idr"), rs.getBigDecimal("new_price_cny"), rs.getBigDecimal("new_price_idr"),
                Sql.time(rs.getTimestamp("effective_from")), Sql.time(rs.getTimestamp("effective_to")),
                rs.getString("change_reason"), rs.getString("changed_by"), Sql.time(rs.getTimestamp("created_at")));
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }
}
