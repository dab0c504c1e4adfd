package com.bantu.servicemanagement.product;

import com.bantu.common.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes {@code vendor_product_price_history}: one row per change of a vendor's cost prices (old and new, both
 * currencies, who). A change takes effect at once: the open row of the offer is closed ({@code effective_to}) and
 * the new one starts open. Runs inside the caller's transaction.
 */
@Component
class VendorPriceHistory {

    private final JdbcTemplate jdbc;

    VendorPriceHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String vendorProductId, BigDecimal oldCny, BigDecimal oldIdr, BigDecimal newCny, BigDecimal newIdr) {
        // milliseconds: changes made within one second keep their order
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("UPDATE vendor_product_price_history SET effective_to = ? WHERE vendor_product_id = ? "
                + "AND effective_to IS NULL AND effective_from <= ?", at, vendorProductId, at);
        jdbc.update("INSERT INTO vendor_product_price_history (id, vendor_product_id, old_price_cny, old_price_idr, "
                + "new_price_cny, new_price_idr, effective_from, effective_to, change_reason, changed_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)", UUID.randomUUID().toString(), vendorProductId,
                oldCny, oldIdr, newCny, newIdr, at, CurrentUser.id(), at);
    }
}
