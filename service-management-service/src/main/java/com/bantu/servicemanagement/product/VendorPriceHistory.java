package com.bantu.servicemanagement.product;

import com.bantu.common.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes {@code vendor_product_price_history}: one row per change of a vendor's cost prices (old and new, both
 * currencies, who, why). A change takes effect at once ({@link #record}: the open row of the offer is closed with
 * {@code effective_to} and the new one starts open, {@code applied_at} = now) or at a future moment
 * ({@link #schedule}: the row is pending, {@code applied_at} NULL, until the supplier roll-forward job copies its
 * prices onto the offer and calls {@link #markApplied}). Runs inside the caller's transaction, which holds the offer's
 * row lock. Used by the product feature (vendor-product API) and the supplier feature.
 */
@Service
public class VendorPriceHistory {

    /** A change whose prices have not reached the offer yet. */
    public record Pending(String id, String vendorProductId, LocalDateTime effectiveFrom, BigDecimal newPriceCny,
                          BigDecimal newPriceIdr) {
    }

    private final JdbcTemplate jdbc;

    VendorPriceHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Milliseconds: changes made within one second keep their order. */
    public static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A change effective now. */
    public void record(String vendorProductId, BigDecimal oldCny, BigDecimal oldIdr, BigDecimal newCny,
                       BigDecimal newIdr) {
        record(vendorProductId, oldCny, oldIdr, newCny, newIdr, null);
    }

    /** A change effective now, with an optional reason. */
    public void record(String vendorProductId, BigDecimal oldCny, BigDecimal oldIdr, BigDecimal newCny,
                       BigDecimal newIdr, String reason) {
        LocalDateTime at = now();
        close(vendorProductId, at);
        insert(vendorProductId, oldCny, oldIdr, newCny, newIdr, at, reason, at);
    }

    /**
     * A change effective at {@code from} (after now): the open row gets {@code effective_to = from}, the new row is
     * pending until it is applied.
     */
    public void schedule(String vendorProductId, BigDecimal oldCny, BigDecimal oldIdr, BigDecimal newCny,
                         BigDecimal newIdr, LocalDateTime from, String reason) {
        close(vendorProductId, from);
        insert(vendorProductId, oldCny, oldIdr, newCny, newIdr, from, reason, null);
    }

    /** The offer's pending change, if any (there is at most one: a second change edits it). */
    public Optional<Pending> pending(String vendorProductId) {
        return jdbc.query("SELECT id, vendor_product_id, effective_from, new_price_cny, new_price_idr "
                + "FROM vendor_product_price_history WHERE vendor_product_id = ? AND applied_at IS NULL "
                + "ORDER BY effective_from, id", VendorPriceHistory::pendingRow, vendorProductId).stream().findFirst();
    }

    /** A second change before the pending one took effect edits its prices; its date stays. */
    public void editPending(String historyId, BigDecimal newCny, BigDecimal newIdr, String reason) {
        jdbc.update("UPDATE vendor_product_price_history SET new_price_cny = ?, new_price_idr = ?, "
                + "change_reason = COALESCE(?, change_reason), changed_by = ? WHERE id = ? AND applied_at IS NULL",
                newCny, newIdr, reason, CurrentUser.id(), historyId);
    }

    /** Pending changes whose moment has come, oldest first (at most {@code limit}). */
    public List<Pending> due(LocalDateTime now, int limit) {
        return jdbc.query("SELECT id, vendor_product_id, effective_from, new_price_cny, new_price_idr "
                + "FROM vendor_product_price_history WHERE applied_at IS NULL AND effective_from <= ? "
                + "ORDER BY effective_from, id LIMIT ?", VendorPriceHistory::pendingRow, now, limit);
    }

    /**
     * Marks a pending change as applied (the caller copied its prices onto the offer) and closes the rows it
     * replaces (open rows that started before it). False when another run applied it first.
     */
    public boolean markApplied(Pending p, LocalDateTime at) {
        int n = jdbc.update("UPDATE vendor_product_price_history SET applied_at = ? WHERE id = ? "
                + "AND applied_at IS NULL", at, p.id());
        if (n == 0) {
            return false;
        }
        jdbc.update("UPDATE vendor_product_price_history SET effective_to = ? WHERE vendor_product_id = ? "
                + "AND effective_to IS NULL AND effective_from < ? AND id <> ?", p.effectiveFrom(),
                p.vendorProductId(), p.effectiveFrom(), p.id());
        return true;
    }

    private void close(String vendorProductId, LocalDateTime at) {
        jdbc.update("UPDATE vendor_product_price_history SET effective_to = ? WHERE vendor_product_id = ? "
                + "AND effective_to IS NULL AND effective_from <= ?", at, vendorProductId, at);
    }

    private void insert(String vendorProductId, BigDecimal oldCny, BigDecimal oldIdr, BigDecimal newCny,
                        BigDecimal newIdr, LocalDateTime from, String reason, LocalDateTime appliedAt) {
        LocalDateTime at = now();
        jdbc.update("INSERT INTO vendor_product_price_history (id, vendor_product_id, old_price_cny, old_price_idr, "
                + "new_price_cny, new_price_idr, effective_from, effective_to, change_reason, changed_by, created_at, "
                + "applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                vendorProductId, oldCny, oldIdr, newCny, newIdr, from, reason, CurrentUser.id(), at,
                appliedAt);
    }

    private static Pending pendingRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Pending(rs.getString("id"), rs.getString("vendor_product_id"),
                rs.getTimestamp("effective_from").toLocalDateTime(), rs.getBigDecimal("new_price_cny"),
                rs.getBigDecimal("new_price_idr"));
    }
}
