package com.bantu.servicemanagement.product;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One price change of a product (or of a vendor's price for it): which price, old and new value, who and when. */
@Entity
@Table(name = "product_price_history")
public class ProductPriceHistory extends BaseEntity {

    String productId;
    String vendorId;
    String priceField;
    BigDecimal oldValue;
    BigDecimal newValue;
    String changedBy;
    String changedByName;
    LocalDateTime changedAt;
}
