package com.bantu.servicemanagement.product;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

public final class ProductDtos {

    private ProductDtos() {
    }

    /** Create and partial update body (a null field is left unchanged on update). */
    public record ProductRequest(
        @Size(max = 255) String idExternal,
        @Size(max = 255) String ownerIdExternal,
        @Size(max = 255) String ownerName,
        @Size(max = 255) String createdByExternal,
        @Size(max = 255) String createdByName,
        @Size(max = 255) String updatedByExternal,
        @Size(max = 255) String updatedByName,
        LocalDateTime createdAtSrc,
        LocalDateTime updatedAtSrc,
        LocalDateTime lastActionAtSrc,
        @Size(max = 100) String linkedModule,
        @Size(max = 255) String linkedIdExternal,
        @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String name,
        @Size(max = 100) String code,
        @Size(min = 36, max = 36) String vendorId,
        @Size(max = 255) String vendorIdExternal,
        @Size(max = 255) String vendorName,
        @Size(min = 36, max = 36) String categoryId,
        @Size(max = 100) String categoryCode,
        @Size(min = 36, max = 36) String serviceTypeId,
        @Size(max = 50) String serviceType,
        @Size(max = 50) String serviceSubtype,
        @Size(max = 50) String unit,
        Boolean isTaxable,
        @PositiveOrZero @Digits(integer = 3, fraction = 2) BigDecimal taxRate,
        @Size(max = 50) String taxCode,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceList,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceChannel,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceCost,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceCostIdr,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceCostCny,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceChannelIdr,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceChannelCny,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceDirectIdr,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceDirectCny,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceListIdr,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal priceListCny,
        @Size(max = 10) String defaultCurrency,
        @PositiveOrZero @Digits(integer = 9, fraction = 9) BigDecimal exchangeRate,
        @PositiveOrZero Integer validityPeriod,
        @PositiveOrZero Integer processingDays,
        @Size(max = 255) String processingTime,
        @Size(max = 255) String processingTimeText,
        Boolean isUrgentAvailable,
        @PositiveOrZero Integer urgentProcessingDays,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal urgentPriceSurcharge,
        @Digits(integer = 16, fraction = 2) BigDecimal channelProfit,
        @PositiveOrZero @Digits(integer = 1, fraction = 4) BigDecimal channelProfitRate,
        @Digits(integer = 16, fraction = 2) BigDecimal channelCustomerProfit,
        @PositiveOrZero @Digits(integer = 1, fraction = 4) BigDecimal channelCustomerProfitRate,
        @Digits(integer = 16, fraction = 2) BigDecimal directProfit,
        @PositiveOrZero @Digits(integer = 1, fraction = 4) BigDecimal directProfitRate,
        @PositiveOrZero @Digits(integer = 1, fraction = 4) BigDecimal commissionRate,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal commissionAmount,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal equivalentCny,
        @PositiveOrZero Integer monthlyOrders,
        @Digits(integer = 16, fraction = 2) BigDecimal totalAmount,
        String slaDescription,
        @Size(max = 50) String serviceLevel,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> tags,
        Boolean isLocked,
        String notes,
        String requiredDocuments,
        @Pattern(regexp = "^(active|inactive|suspended)$", message = "must be one of active, inactive, suspended") String status,
        String suspendedReason,
        LocalDateTime discontinuedAt,
        Boolean isActive,
        Long version) {
    }

    /** Copies every non-null field of the request onto the entity (create and partial update). */
    static void apply(ProductRequest r, Product e) {
        if (r.idExternal() != null) {
            e.idExternal = r.idExternal().trim();
        }
        if (r.ownerIdExternal() != null) {
            e.ownerIdExternal = r.ownerIdExternal().trim();
        }
        if (r.ownerName() != null) {
            e.ownerName = r.ownerName().trim();
        }
        if (r.createdByExternal() != null) {
            e.createdByExternal = r.createdByExternal().trim();
        }
        if (r.createdByName() != null) {
            e.createdByName = r.createdByName().trim();
        }
        if (r.updatedByExternal() != null) {
            e.updatedByExternal = r.updatedByExternal().trim();
        }
        if (r.updatedByName() != null) {
            e.updatedByName = r.updatedByName().trim();
        }
        if (r.createdAtSrc() != null) {
            e.createdAtSrc = r.createdAtSrc();
        }
        if (r.updatedAtSrc() != null) {
            e.updatedAtSrc = r.updatedAtSrc();
        }
        if (r.lastActionAtSrc() != null) {
            e.lastActionAtSrc = r.lastActionAtSrc();
        }
        if (r.linkedModule() != null) {
            e.linkedModule = r.linkedModule().trim();
        }
        if (r.linkedIdExternal() != null) {
            e.linkedIdExternal = r.linkedIdExternal().trim();
        }
        if (r.name() != null) {
            e.name = r.name().trim();
        }
        if (r.code() != null) {
            e.code = r.code().trim();
        }
        if (r.vendorId() != null) {
            e.vendorId = r.vendorId().trim();
        }
        if (r.vendorIdExternal() != null) {
            e.vendorIdExternal = r.vendorIdExternal().trim();
        }
        if (r.vendorName() != null) {
            e.vendorName = r.vendorName().trim();
        }
        if (r.categoryId() != null) {
            e.categoryId = r.categoryId().trim();
        }
        if (r.categoryCode() != null) {
            e.categoryCode = r.categoryCode().trim();
        }
        if (r.serviceTypeId() != null) {
            e.serviceTypeId = r.serviceTypeId().trim();
        }
        if (r.serviceType() != null) {
            e.serviceType = r.serviceType().trim();
        }
        if (r.serviceSubtype() != null) {
            e.serviceSubtype = r.serviceSubtype().trim();
        }
        if (r.unit() != null) {
            e.unit = r.unit().trim();
        }
        if (r.isTaxable() != null) {
            e.isTaxable = r.isTaxable();
        }
        if (r.taxRate() != null) {
            e.taxRate = r.taxRate();
        }
        if (r.taxCode() != null) {
            e.taxCode = r.taxCode().trim();
        }
        if (r.priceList() != null) {
            e.priceList = r.priceList();
        }
        if (r.priceChannel() != null) {
            e.priceChannel = r.priceChannel();
        }
        if (r.priceCost() != null) {
            e.priceCost = r.priceCost();
        }
        if (r.priceCostIdr() != null) {
            e.priceCostIdr = r.priceCostIdr();
        }
        if (r.priceCostCny() != null) {
            e.priceCostCny = r.priceCostCny();
        }
        if (r.priceChannelIdr() != null) {
            e.priceChannelIdr = r.priceChannelIdr();
        }
        if (r.priceChannelCny() != null) {
            e.priceChannelCny = r.priceChannelCny();
        }
        if (r.priceDirectIdr() != null) {
            e.priceDirectIdr = r.priceDirectIdr();
        }
        if (r.priceDirectCny() != null) {
            e.priceDirectCny = r.priceDirectCny();
        }
        if (r.priceListIdr() != null) {
            e.priceListIdr = r.priceListIdr();
        }
        if (r.priceListCny() != null) {
            e.priceListCny = r.priceListCny();
        }
        if (r.defaultCurrency() != null) {
            e.defaultCurrency = r.defaultCurrency().trim();
        }
        if (r.exchangeRate() != null) {
            e.exchangeRate = r.exchangeRate();
        }
        if (r.validityPeriod() != null) {
            e.validityPeriod = r.validityPeriod();
        }
        if (r.processingDays() != null) {
            e.processingDays = r.processingDays();
        }
        if (r.processingTime() != null) {
            e.processingTime = r.processingTime().trim();
        }
        if (r.processingTimeText() != null) {
            e.processingTimeText = r.processingTimeText().trim();
        }
        if (r.isUrgentAvailable() != null) {
            e.isUrgentAvailable = r.isUrgentAvailable();
        }
        if (r.urgentProcessingDays() != null) {
            e.urgentProcessingDays = r.urgentProcessingDays();
        }
        if (r.urgentPriceSurcharge() != null) {
            e.urgentPriceSurcharge = r.urgentPriceSurcharge();
        }
        if (r.channelProfit() != null) {
            e.channelProfit = r.channelProfit();
        }
        if (r.channelProfitRate() != null) {
            e.channelProfitRate = r.channelProfitRate();
        }
        if (r.channelCustomerProfit() != null) {
            e.channelCustomerProfit = r.channelCustomerProfit();
        }
        if (r.channelCustomerProfitRate() != null) {
            e.channelCustomerProfitRate = r.channelCustomerProfitRate();
        }
        if (r.directProfit() != null) {
            e.directProfit = r.directProfit();
        }
        if (r.directProfitRate() != null) {
            e.directProfitRate = r.directProfitRate();
        }
        if (r.commissionRate() != null) {
            e.commissionRate = r.commissionRate();
        }
        if (r.commissionAmount() != null) {
            e.commissionAmount = r.commissionAmount();
        }
        if (r.equivalentCny() != null) {
            e.equivalentCny = r.equivalentCny();
        }
        if (r.monthlyOrders() != null) {
            e.monthlyOrders = r.monthlyOrders();
        }
        if (r.totalAmount() != null) {
            e.totalAmount = r.totalAmount();
        }
        if (r.slaDescription() != null) {
            e.slaDescription = r.slaDescription();
        }
        if (r.serviceLevel() != null) {
            e.serviceLevel = r.serviceLevel().trim();
        }
        if (r.tags() != null) {
            e.tags = new ArrayList<>(r.tags());
        }
        if (r.isLocked() != null) {
            e.isLocked = r.isLocked();
        }
        if (r.notes() != null) {
            e.notes = r.notes();
        }
        if (r.requiredDocuments() != null) {
            e.requiredDocuments = r.requiredDocuments();
        }
        if (r.status() != null) {
            e.status = r.status();
        }
        if (r.suspendedReason() != null) {
            e.suspendedReason = r.suspendedReason();
        }
        if (r.discontinuedAt() != null) {
            e.discontinuedAt = r.discontinuedAt();
        }
        if (r.isActive() != null) {
            e.setActive(r.isActive());
        }
    }

    public record ProductResponse(
            String id,
            String idExternal,
            String ownerIdExternal,
            String ownerName,
            String createdByExternal,
            String createdByName,
            String updatedByExternal,
            String updatedByName,
            LocalDateTime createdAtSrc,
            LocalDateTime updatedAtSrc,
            LocalDateTime lastActionAtSrc,
            String linkedModule,
            String linkedIdExternal,
            String name,
            String code,
            String vendorId,
            String vendorIdExternal,
            String categoryId,
            String categoryCode,
            String serviceTypeId,
            String serviceType,
            String serviceSubtype,
            String unit,
            Boolean isTaxable,
            BigDecimal taxRate,
            String taxCode,
            BigDecimal priceList,
            BigDecimal priceChannel,
            BigDecimal priceCost,
            BigDecimal priceCostIdr,
            BigDecimal priceCostCny,
            BigDecimal priceChannelIdr,
            BigDecimal priceChannelCny,
            BigDecimal priceDirectIdr,
            BigDecimal priceDirectCny,
            BigDecimal priceListIdr,
            BigDecimal priceListCny,
            String defaultCurrency,
            BigDecimal exchangeRate,
            Integer validityPeriod,
            Integer processingDays,
            String processingTime,
            String processingTimeText,
            boolean isUrgentAvailable,
            Integer urgentProcessingDays,
            BigDecimal urgentPriceSurcharge,
            BigDecimal channelProfit,
            BigDecimal channelProfitRate,
            BigDecimal channelCustomerProfit,
            BigDecimal channelCustomerProfitRate,
            BigDecimal directProfit,
            BigDecimal directProfitRate,
            BigDecimal commissionRate,
            BigDecimal commissionAmount,
            BigDecimal equivalentCny,
            Integer monthlyOrders,
            BigDecimal totalAmount,
            String slaDescription,
            String serviceLevel,
            List<String> tags,
            boolean isLocked,
            String notes,
            String requiredDocuments,
            String status,
            String suspendedReason,
            LocalDateTime discontinuedAt,
            String vendorName,
            String categoryName,
            String serviceTypeName,
            boolean isActive,
            LocalDateTime deletedAt,
            Long version,
            LocalDateTime createdAt,
            LocalDateTime updatedAt) {

        static ProductResponse of(Product e, String vendorName, String categoryName, String serviceTypeName) {
            return new ProductResponse(e.getId(),
                    e.idExternal,
                    e.ownerIdExternal,
                    e.ownerName,
                    e.createdByExternal,
                    e.createdByName,
                    e.updatedByExternal,
                    e.updatedByName,
                    e.createdAtSrc,
                    e.updatedAtSrc,
                    e.lastActionAtSrc,
                    e.linkedModule,
                    e.linkedIdExternal,
                    e.name,
                    e.code,
                    e.vendorId,
                    e.vendorIdExternal,
                    e.categoryId,
                    e.categoryCode,
                    e.serviceTypeId,
                    e.serviceType,
                    e.serviceSubtype,
                    e.unit,
                    e.isTaxable,
                    e.taxRate,
                    e.taxCode,
                    e.priceList,
                    e.priceChannel,
                    e.priceCost,
                    e.priceCostIdr,
                    e.priceCostCny,
                    e.priceChannelIdr,
                    e.priceChannelCny,
                    e.priceDirectIdr,
                    e.priceDirectCny,
                    e.priceListIdr,
                    e.priceListCny,
                    e.defaultCurrency,
                    e.exchangeRate,
                    e.validityPeriod,
                    e.processingDays,
                    e.processingTime,
                    e.processingTimeText,
                    e.isUrgentAvailable,
                    e.urgentProcessingDays,
                    e.urgentPriceSurcharge,
                    e.channelProfit,
                    e.channelProfitRate,
                    e.channelCustomerProfit,
                    e.channelCustomerProfitRate,
                    e.directProfit,
                    e.directProfitRate,
                    e.commissionRate,
                    e.commissionAmount,
                    e.equivalentCny,
                    e.monthlyOrders,
                    e.totalAmount,
                    e.slaDescription,
                    e.serviceLevel,
                    List.copyOf(e.tags),
                    e.isLocked,
                    e.notes,
                    e.requiredDocuments,
                    e.status,
                    e.suspendedReason,
                    e.discontinuedAt,
                    vendorName,
                    categoryName,
                    serviceTypeName,
                    e.isActive(),
                    e.getDeletedAt(),
                    e.version,
                    e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }

    /** The price columns whose changes are written to the price history. */
    static final List<String> PRICE_FIELDS = List.of("price_list", "price_channel", "price_cost", "price_cost_idr", "price_cost_cny", "price_channel_idr", "price_channel_cny", "price_direct_idr", "price_direct_cny", "price_list_idr", "price_list_cny");

    static List<BigDecimal> prices(Product e) {
        return java.util.Arrays.asList(e.priceList, e.priceChannel, e.priceCost, e.priceCostIdr, e.priceCostCny, e.priceChannelIdr, e.priceChannelCny, e.priceDirectIdr, e.priceDirectCny, e.priceListIdr, e.priceListCny);
    }

    /** Body of a vendor's offer of a product (create and partial update). */
    public record VendorProductRequest(
            @NotBlank(groups = OnCreate.class) @Size(min = 36, max = 36) String vendorId,
            Boolean isPrimary,
            Boolean isAvailable,
            @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal vendorPrice,
            @Size(max = 10) String currencyCode,
            @PositiveOrZero Integer processingDays,
            String notes) {
    }

    public record VendorProductResponse(String id, String vendorId, String vendorName, String productId,
                                        String productName, String productCode, boolean isPrimary,
                                        boolean isAvailable, BigDecimal vendorPrice, String currencyCode,
                                        Integer processingDays, String notes, LocalDateTime createdAt,
                                        LocalDateTime updatedAt) {

        static VendorProductResponse of(VendorProduct v, String vendorName, Product p) {
            return new VendorProductResponse(v.getId(), v.vendorId, vendorName, v.productId,
                    p == null ? null : p.name, p == null ? null : p.code, v.isPrimary, v.isAvailable,
                    v.vendorPrice, v.currencyCode, v.processingDays, v.notes, v.getCreatedAt(), v.getUpdatedAt());
        }
    }

    public record PriceHistoryResponse(String id, String productId, String vendorId, String priceField,
                                       BigDecimal oldValue, BigDecimal newValue, String changedBy,
                                       String changedByName, LocalDateTime changedAt) {

        static PriceHistoryResponse of(ProductPriceHistory h) {
            return new PriceHistoryResponse(h.getId(), h.productId, h.vendorId, h.priceField, h.oldValue,
                    h.newValue, h.changedBy, h.changedByName, h.changedAt);
        }
    }
}
