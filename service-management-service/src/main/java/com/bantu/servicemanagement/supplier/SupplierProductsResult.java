package com.bantu.servicemanagement.supplier;

import java.util.List;

/** What a batch add did: the products linked, and those refused (unknown, deleted or already linked). */
public record SupplierProductsResult(
        int successCount,
        int failedCount,
        List<String> successProductIds,
        List<String> failedProductIds) {
}
