package com.bantu.servicemanagement.supplier;

import com.bantu.common.error.FieldError;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.servicemanagement.product.VendorPriceHistory;
import com.bantu.servicemanagement.support.Sql;
import com.bantu.servicemanagement.support.Tx;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The supplier's writes on its offers ({@code vendor_products}), in plain SQL like the supplier reads: batch add,
 * batch price update, one price (now or from a future moment) and the roll-forward of due future prices. Every
 * price change writes a {@code vendor_product_price_history} row ({@link VendorPriceHistory}). The caller has
 * checked the supplier with foundation before (never inside a transaction); each write locks the rows it changes
 * ({@code SELECT ... FOR UPDATE} as the transaction's first statement), so concurrent writes queue instead of racing.
 */
@Service
public class SupplierOffers {

    static final String UNCHANGED = "价格未变化";
    private static final Logger log = LoggerFactory.getLogger(SupplierOffers.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcTemplate jdbc;
    private final Tx tx;
    private final VendorPriceHistory history;

    public SupplierOffers(JdbcTemplate jdbc, Tx tx, VendorPriceHistory history) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.history = history;
    }

    /** An offer's prices, read under its row lock. */
    private record Offer(String id, String productId, BigDecimal cny, BigDecimal idr) {
    }

    // ---------------------------------------------------------------- batch add

    /**
     * Links the products to the supplier in one transaction. Products that do not exist (or are deleted) and products
     * already linked are reported as failed; the rest are linked. The products' rows are locked first, so a
     * concurrent batch with the same products waits and then sees these links.
     */
    SupplierProductsResult addProducts(String vendorId, SupplierProductsRequest r) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(r.productIds().stream().map(String::trim).toList()));
        boolean primary = Boolean.TRUE.equals(r.isPrimary());
        boolean available = r.isAvailable() == null || r.isAvailable();
        return tx.write(() -> {
            Set<String> known = new HashSet<>(jdbc.queryForList("SELECT id FROM products WHERE id IN (" + Sql.marks(ids.size())
                    + ") AND deleted_at IS NULL ORDER BY id FOR UPDATE", String.class, ids.toArray()));
            List<Object> linkedArgs = new ArrayList<>(List.of(vendorId));
            linkedArgs.addAll(ids);
            Set<String> linked = new HashSet<>(jdbc.queryForList("SELECT product_id FROM vendor_products "
                    + "WHERE vendor_id = ? AND product_id IN (" + Sql.marks(ids.size()) + ")", String.class,
                    linkedArgs.toArray()));
            List<String> ok = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            for (String productId : ids) {
                if (!known.contains(productId) || linked.contains(productId)) {
                    failed.add(productId);
                    continue;
                }
                if (primary) {
                    clearPrimary(productId);
                }
                String id = UUID.randomUUID().toString();
                BigDecimal cny = r.defaultCostPriceCny();
                BigDecimal idr = r.defaultCostPriceIdr();
                jdbc.update("INSERT INTO vendor_products (id, vendor_id, product_id, is_primary, primary_product_id, "
                        + "is_available, vendor_price, currency_code, cost_price_cny, cost_price_idr, priority, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", id, vendorId,
                        productId, primary, primary ? productId : null, available, derivedPrice(cny, idr),
                        cny == null && idr == null ? "IDR" : derivedCurrency(cny, idr), cny, idr, now, now);
                if (cny != null || idr != null) {
                    history.record(id, null, null, cny, idr, null);
                }
                ok.add(productId);
            }
            log.debug("[SupplierOffers] addProducts - vendor {} linked {} failed {}", vendorId, ok.size(),
                    failed.size());
            return new SupplierProductsResult(ok.size(), failed.size(), ok, failed);
        });
    }

    // ---------------------------------------------------------------- batch prices

    /**
     * Applies each item in its own transaction, at once. The whole body is checked first (a 400 writes nothing):
     * a {@code cost_price} needs its {@code currency}, a product may appear once. An item fails when the supplier does
     * not offer the product or the offer has a pending future price (that change would be overwritten).
     */
    SupplierPricesResult updatePrices(String vendorId, SupplierPricesRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.updates().size(); i++) {
            SupplierPriceUpdate u = r.updates().get(i);
            if (u.costPrice() != null && u.currency() == null) {
                errors.add(new FieldError("updates[" + i + "].currency", "required with cost_price (IDR or CNY)"));
            }
            if (!seen.add(u.productId().trim())) {
                errors.add(new FieldError("updates[" + i + "].product_id", "appears more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> failed = new ArrayList<>();
        for (SupplierPriceUpdate u : r.updates()) {
            if (!tx.write(() -> updateOne(vendorId, u))) {
                failed.add(u.productId().trim());
            }
        }
        int ok = r.updates().size() - failed.size();
        log.debug("[SupplierOffers] updatePrices - vendor {} updated {} failed {}", vendorId, ok, failed.size());
        return new SupplierPricesResult(ok, failed.size(), failed);
    }

    private boolean updateOne(String vendorId, SupplierPriceUpdate u) {
        Optional<Offer> found = lockOffer(vendorId, u.productId().trim());
        if (found.isEmpty()) {
            return false;
        }
        Offer o = found.get();
        if (history.pending(o.id()).isPresent()) {
            return false;
        }
        BigDecimal cny = u.cny() != null ? u.cny() : o.cny();
        BigDecimal idr = u.idr() != null ? u.idr() : o.idr();
        if (changed(o.cny(), cny) || changed(o.idr(), idr)) {
            setPrices(o.id(), cny, idr);
            history.record(o.id(), o.cny(), o.idr(), cny, idr, null);
        }
        if (u.isPrimary() != null) {
            if (u.isPrimary()) {
                clearPrimary(o.productId());
            }
            jdbc.update("UPDATE vendor_products SET is_primary = ?, primary_product_id = ? WHERE id = ?",
                    u.isPrimary(), u.isPrimary() ? o.productId() : null, o.id());
        }
        jdbc.update("UPDATE vendor_products SET processing_days = COALESCE(?, processing_days), "
                + "is_available = COALESCE(?, is_available), priority = COALESCE(?, priority), updated_at = ? "
                + "WHERE id = ?", u.processingDays(), u.isAvailable(), u.priority(),
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), o.id());
        return true;
    }

    // ---------------------------------------------------------------- one price

    /**
     * One offer's prices. Unchanged prices write nothing. With a pending future change, the change edits it (its
     * date stays). Otherwise an {@code effective_from} that is absent or not after now applies at once; a future one
     * is scheduled (the offer keeps its prices until then; reads show the due price at once, the roll-forward job
     * writes it onto the offer).
     */
    PriceChangeResult changePrice(String vendorId, String productId, PriceChange c) {
        return tx.write(() -> {
            Offer o = lockOffer(vendorId, productId).orElseThrow(() -> new NotFoundException(
                    SupplierService.LINK_NOT_FOUND));
            Optional<VendorPriceHistory.Pending> pending = history.pending(o.id());
            BigDecimal baseCny = pending.map(VendorPriceHistory.Pending::newPriceCny).orElse(o.cny());
            BigDecimal baseIdr = pending.map(VendorPriceHistory.Pending::newPriceIdr).orElse(o.idr());
            BigDecimal cny = c.hasCny() ? c.cny() : baseCny;
            BigDecimal idr = c.hasIdr() ? c.idr() : baseIdr;
            if (!changed(baseCny, cny) && !changed(baseIdr, idr)) {
                return new PriceChangeResult(true, UNCHANGED, null);
            }
            LocalDateTime now = VendorPriceHistory.now();
            if (pending.isPresent()) {
                history.editPending(pending.get().id(), cny, idr, c.reason());
                return scheduled(pending.get().effectiveFrom());
            }
            if (c.effectiveFrom() == null || !c.effectiveFrom().isAfter(now)) {
                setPrices(o.id(), cny, idr);
                history.record(o.id(), o.cny(), o.idr(), cny, idr, c.reason());
                return new PriceChangeResult(true, "价格已更新", now);
            }
            history.schedule(o.id(), o.cny(), o.idr(), cny, idr, c.effectiveFrom(), c.reason());
            return scheduled(c.effectiveFrom());
        });
    }

    private static PriceChangeResult scheduled(LocalDateTime from) {
        return new PriceChangeResult(true, "价格将于 " + SHOWN.format(from) + " 生效", from);
    }

    // ---------------------------------------------------------------- roll-forward

    /**
     * Copies due future prices onto their offers (each in its own transaction, under the offer's row lock); returns
     * how many were applied.
     */
    public int rollForward(int batch) {
        int applied = 0;
        List<VendorPriceHistory.Pending> due;
        do {
            due = history.due(VendorPriceHistory.now(), batch);
            for (VendorPriceHistory.Pending p : due) {
                if (Boolean.TRUE.equals(tx.write(() -> apply(p)))) {
                    applied++;
                }
            }
        } while (due.size() == batch);
        return applied;
    }

    private boolean apply(VendorPriceHistory.Pending p) {
        List<String> offer = jdbc.queryForList("SELECT id FROM vendor_products WHERE id = ? FOR UPDATE",
                String.class, p.vendorProductId());
        if (offer.isEmpty() || !history.markApplied(p, VendorPriceHistory.now())) {
            return false;
        }
        setPrices(p.vendorProductId(), p.newPriceCny(), p.newPriceIdr());
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private Optional<Offer> lockOffer(String vendorId, String productId) {
        return jdbc.query("SELECT id, product_id, cost_price_cny, cost_price_idr FROM vendor_products "
                + "WHERE vendor_id = ? AND product_id = ? FOR UPDATE", (rs, n) -> new Offer(rs.getString(1),
                rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)), vendorId, productId).stream().findFirst();
    }

    /** Both cost prices; {@code vendor_price}/{@code currency_code} of the older API follow them (IDR preferred). */
    private void setPrices(String offerId, BigDecimal cny, BigDecimal idr) {
        jdbc.update("UPDATE vendor_products SET cost_price_cny = ?, cost_price_idr = ?, vendor_price = ?, "
                + "currency_code = COALESCE(?, currency_code), updated_at = ? WHERE id = ?", cny, idr,
                derivedPrice(cny, idr), derivedCurrency(cny, idr),
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), offerId);
    }

    private void clearPrimary(String productId) {
        jdbc.update("UPDATE vendor_products SET is_primary = FALSE, primary_product_id = NULL "
                + "WHERE product_id = ? AND is_primary = TRUE", productId);
    }

    private static BigDecimal derivedPrice(BigDecimal cny, BigDecimal idr) {
        return idr != null ? idr : cny;
    }

    private static String derivedCurrency(BigDecimal cny, BigDecimal idr) {
        return idr != null ? "IDR" : cny != null ? "CNY" : null;
    }

    private static boolean changed(BigDecimal a, BigDecimal b) {
        return a == null ? b != null : b == null || a.compareTo(b) != 0;
    }
}
