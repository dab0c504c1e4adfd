package com.bantu.servicemanagement.supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /suppliers/{id}/products/batch-prices}. */
public record SupplierPricesRequest(
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid SupplierPriceUpdate> updates) {
}
