package com.bantu.servicemanagement.supplier;

import java.util.List;

/** What a batch price update did; failed items are products the supplier does not offer or with a pending price. */
public record SupplierPricesResult(
        int successCount,
        int failedCount,
        List<String> failedProductIds) {
}
