package com.bantu.servicemanagement.product;

import com.bantu.common.persistence.SoftDeletableEntity;
import com.bantu.common.persistence.StringListConverter;
import com.bantu.servicemanagement.support.ImportProvenance;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A product or service offered for sale, with its prices in IDR and CNY. Fields are package-private: only this feature package reads and writes them. */
@Entity
@Table(name = "products")
public class Product extends SoftDeletableEntity {

    @Version
    Long version;

    @Embedded
    ImportProvenance provenance;
    String name;
    String code;
    String vendorId;
    String vendorIdExternal;
    String vendorName;
    String categoryId;
    String categoryCode;
    String serviceTypeId;
    /** Read-only for clients: assigned by {@link EnterpriseServiceCodes}. */
    String enterpriseServiceCode;
    String serviceType;
    String serviceSubtype;
    String unit;
    Boolean isTaxable;
    BigDecimal taxRate;
    String taxCode;
    BigDecimal priceList;
    BigDecimal priceChannel;
    BigDecimal priceCost;
    BigDecimal priceCostIdr;
    BigDecimal priceCostCny;
    BigDecimal priceChannelIdr;
    BigDecimal priceChannelCny;
    BigDecimal priceDirectIdr;
    BigDecimal priceDirectCny;
    BigDecimal priceListIdr;
    BigDecimal priceListCny;
    String defaultCurrency = "IDR";
    BigDecimal exchangeRate;
    Integer validityPeriod;
    Integer processingDays;
    String processingTime;
    String processingTimeText;
    boolean isUrgentAvailable;
    Integer urgentProcessingDays;
    BigDecimal urgentPriceSurcharge;
    BigDecimal channelProfit;
    BigDecimal channelProfitRate;
    BigDecimal channelCustomerProfit;
    BigDecimal channelCustomerProfitRate;
    BigDecimal directProfit;
    BigDecimal directProfitRate;
    BigDecimal commissionRate;
    BigDecimal commissionAmount;
    BigDecimal equivalentCny;
    Integer monthlyOrders;
    BigDecimal totalAmount;
    String slaDescription;
    String serviceLevel;
    @Convert(converter = StringListConverter.class)
    List<String> tags = new ArrayList<>();
    boolean isLocked;
    String notes;
    String requiredDocuments;
    String status = "active";
    String suspendedReason;
    LocalDateTime discontinuedAt;

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }
}
