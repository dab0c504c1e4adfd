package com.bantu.servicemanagement.supplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT /suppliers/{id}/products/batch-prices}: {@code {updates: [...]}}, or the bare array of items
 * (read as the same thing, so a client that sends the list alone is answered too).
 */
public record SupplierPricesRequest(
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid SupplierPriceUpdate> updates) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SupplierPricesRequest {
    }

    /** The bare array form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SupplierPricesRequest of(List<SupplierPriceUpdate> items) {
        return new SupplierPricesRequest(items);
    }
}
