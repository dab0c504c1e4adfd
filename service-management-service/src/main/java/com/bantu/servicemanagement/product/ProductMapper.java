package com.bantu.servicemanagement.product;

import com.bantu.common.api.Patch;
import com.bantu.servicemanagement.support.ImportProvenance;
import java.util.List;

/** Request → entity and entity → response for this feature, in one place. */
final class ProductMapper {

    private ProductMapper() {
    }

    /** Copies the fields the request carries onto the entity (trimming short texts). */
    static void apply(UpdateProductRequest r, Product e) {
        e.name = Patch.text(r.name(), e.name);
        e.code = Patch.text(r.code(), e.code);
        e.vendorId = Patch.text(r.vendorId(), e.vendorId);
        e.vendorIdExternal = Patch.text(r.vendorIdExternal(), e.vendorIdExternal);
        e.vendorName = Patch.text(r.vendorName(), e.vendorName);
        e.categoryId = Patch.text(r.categoryId(), e.categoryId);
        e.categoryCode = Patch.text(r.categoryCode(), e.categoryCode);
        e.serviceTypeId = Patch.text(r.serviceTypeId(), e.serviceTypeId);
        e.serviceType = Patch.text(r.serviceType(), e.serviceType);
        e.serviceSubtype = Patch.text(r.serviceSubtype(), e.serviceSubtype);
        e.unit = Patch.text(r.unit(), e.unit);
        e.isTaxable = Patch.value(r.isTaxable(), e.isTaxable);
        e.taxRate = Patch.value(r.taxRate(), e.taxRate);
        e.taxCode = Patch.text(r.taxCode(), e.taxCode);
        e.priceList = Patch.value(r.priceList(), e.priceList);
        e.priceChannel = Patch.value(r.priceChannel(), e.priceChannel);
        e.priceCost = Patch.value(r.priceCost(), e.priceCost);
        e.priceCostIdr = Patch.value(r.priceCostIdr(), e.priceCostIdr);
        e.priceCostCny = Patch.value(r.priceCostCny(), e.priceCostCny);
        e.priceChannelIdr = Patch.value(r.priceChannelIdr(), e.priceChannelIdr);
        e.priceChannelCny = Patch.value(r.priceChannelCny(), e.priceChannelCny);
        e.priceDirectIdr = Patch.value(r.priceDirectIdr(), e.priceDirectIdr);
        e.priceDirectCny = Patch.value(r.priceDirectCny(), e.priceDirectCny);
        e.priceListIdr = Patch.value(r.priceListIdr(), e.priceListIdr);
        e.priceListCny = Patch.value(r.priceListCny(), e.priceListCny);
        e.defaultCurrency = Patch.text(r.defaultCurrency(), e.defaultCurrency);
        e.exchangeRate = Patch.value(r.exchangeRate(), e.exchangeRate);
        e.validityPeriod = Patch.value(r.validityPeriod(), e.validityPeriod);
        e.processingDays = Patch.value(r.processingDays(), e.processingDays);
        e.processingTime = Patch.text(r.processingTime(), e.processingTime);
        e.processingTimeText = Patch.text(r.processingTimeText(), e.processingTimeText);
        e.isUrgentAvailable = Patch.value(r.isUrgentAvailable(), e.isUrgentAvailable);
        e.urgentProcessingDays = Patch.value(r.urgentProcessingDays(), e.urgentProcessingDays);
        e.urgentPriceSurcharge = Patch.value(r.urgentPriceSurcharge(), e.urgentPriceSurcharge);
        e.channelProfit = Patch.value(r.channelProfit(), e.channelProfit);
        e.channelProfitRate = Patch.value(r.channelProfitRate(), e.channelProfitRate);
        e.channelCustomerProfit = Patch.value(r.channelCustomerProfit(), e.channelCustomerProfit);
        e.channelCustomerProfitRate = Patch.value(r.channelCustomerProfitRate(), e.channelCustomerProfitRate);
        e.directProfit = Patch.value(r.directProfit(), e.directProfit);
        e.directProfitRate = Patch.value(r.directProfitRate(), e.directProfitRate);
        e.commissionRate = Patch.value(r.commissionRate(), e.commissionRate);
        e.commissionAmount = Patch.value(r.commissionAmount(), e.commissionAmount);
        e.equivalentCny = Patch.value(r.equivalentCny(), e.equivalentCny);
        e.monthlyOrders = Patch.value(r.monthlyOrders(), e.monthlyOrders);
        e.totalAmount = Patch.value(r.totalAmount(), e.totalAmount);
        e.slaDescription = Patch.value(r.slaDescription(), e.slaDescription);
        e.serviceLevel = Patch.text(r.serviceLevel(), e.serviceLevel);
        e.tags = Patch.list(r.tags(), e.tags);
        e.isLocked = Patch.value(r.isLocked(), e.isLocked);
        e.notes = Patch.value(r.notes(), e.notes);
        e.requiredDocuments = Patch.value(r.requiredDocuments(), e.requiredDocuments);
        e.status = Patch.value(r.status(), e.status);
        e.suspendedReason = Patch.value(r.suspendedReason(), e.suspendedReason);
        e.discontinuedAt = Patch.value(r.discontinuedAt(), e.discontinuedAt);
        e.setActive(Patch.value(r.isActive(), e.isActive()));
    }

    /** A vendor's offer; making it primary is ordered by the service (the old primary is cleared first). */
    static void apply(UpdateVendorProductRequest r, VendorProduct v) {
        if (r.isPrimary() != null) {
            v.setPrimary(r.isPrimary());
        }
        v.isAvailable = Patch.value(r.isAvailable(), v.isAvailable);
        v.vendorPrice = Patch.value(r.vendorPrice(), v.vendorPrice);
        v.currencyCode = Patch.text(r.currencyCode(), v.currencyCode);
        if ("CNY".equalsIgnoreCase(v.currencyCode)) {
            v.costPriceCny = v.vendorPrice;
        } else if ("IDR".equalsIgnoreCase(v.currencyCode)) {
            v.costPriceIdr = v.vendorPrice;
        }
        v.processingDays = Patch.value(r.processingDays(), v.processingDays);
        v.notes = Patch.value(r.notes(), v.notes);
    }

    static ProductResponse toResponse(Product e, String vendorName, String categoryName, String serviceTypeName) {
        return new ProductResponse(e.getId(),
                ImportProvenance.orEmpty(e.provenance),
                e.name,
                e.code,
                e.vendorId,
                e.vendorIdExternal,
                e.categoryId,
                e.categoryCode,
                e.serviceTypeId,
                e.enterpriseServiceCode,
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

    static VendorProductResponse toResponse(VendorProduct v, String vendorName, Product p) {
        return new VendorProductResponse(v.getId(), v.vendorId, vendorName, v.productId,
                p == null ? null : p.name, p == null ? null : p.code, v.isPrimary, v.isAvailable,
                v.vendorPrice, v.currencyCode, v.processingDays, v.notes, v.getCreatedAt(), v.getUpdatedAt());
    }

    static PriceHistoryResponse toResponse(ProductPriceHistory h) {
        return new PriceHistoryResponse(h.getId(), h.productId, h.vendorId, h.priceField, h.oldValue,
                h.newValue, h.changedBy, h.changedByName, h.changedAt);
    }
}
