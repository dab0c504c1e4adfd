package com.bantu.servicemanagement.product;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdateProductRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreateProductRequest(
        @NotBlank @Size(min = 1, max = 255) String name,
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

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdateProductRequest asUpdate() {
        return new UpdateProductRequest(name, code, vendorId, vendorIdExternal, vendorName, categoryId, categoryCode,
                serviceTypeId, serviceType, serviceSubtype, unit, isTaxable, taxRate, taxCode, priceList,
                priceChannel, priceCost, priceCostIdr, priceCostCny, priceChannelIdr, priceChannelCny, priceDirectIdr,
                priceDirectCny, priceListIdr, priceListCny, defaultCurrency, exchangeRate, validityPeriod,
                processingDays, processingTime, processingTimeText, isUrgentAvailable, urgentProcessingDays,
                urgentPriceSurcharge, channelProfit, channelProfitRate, channelCustomerProfit,
                channelCustomerProfitRate, directProfit, directProfitRate, commissionRate, commissionAmount,
                equivalentCny, monthlyOrders, totalAmount, slaDescription, serviceLevel, tags, isLocked, notes,
                requiredDocuments, status, suspendedReason, discontinuedAt, isActive, version);
    }
}
