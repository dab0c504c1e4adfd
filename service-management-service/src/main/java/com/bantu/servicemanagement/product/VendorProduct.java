package com.bantu.servicemanagement.product;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A product offered by a vendor organization (foundation-service's organization id), with the vendor's price.
 * At most one vendor per product is primary: {@code primaryProductId} equals {@code productId} while primary and is
 * NULL otherwise, and a unique key on it makes the database enforce the rule.
 */
@Entity
@Table(name = "vendor_products")
public class VendorProduct extends BaseEntity {

    String vendorId;
    String productId;
    boolean isPrimary;
    String primaryProductId;
    boolean isAvailable = true;
    BigDecimal vendorPrice;
    String currencyCode = "IDR";
    Integer processingDays;
    String notes;
    /** Both cost prices side by side; {@code vendorPrice} is the one in {@code currencyCode} (kept in step). */
    BigDecimal costPriceCny;
    BigDecimal costPriceIdr;
    int priority;

    void setPrimary(boolean primary) {
        isPrimary = primary;
        primaryProductId = primary ? productId : null;
    }
}
