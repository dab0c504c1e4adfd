package com.bantu.servicemanagement.product;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The product price columns whose changes are written to the price history, each with its column name (the
 * history's {@code price_field}) and how to read it from a product. One list instead of a name list and a value list
 * kept in the same order by hand.
 */
enum PriceField {
    PRICE_LIST("price_list", p -> p.priceList),
    PRICE_CHANNEL("price_channel", p -> p.priceChannel),
    PRICE_COST("price_cost", p -> p.priceCost),
    PRICE_COST_IDR("price_cost_idr", p -> p.priceCostIdr),
    PRICE_COST_CNY("price_cost_cny", p -> p.priceCostCny),
    PRICE_CHANNEL_IDR("price_channel_idr", p -> p.priceChannelIdr),
    PRICE_CHANNEL_CNY("price_channel_cny", p -> p.priceChannelCny),
    PRICE_DIRECT_IDR("price_direct_idr", p -> p.priceDirectIdr),
    PRICE_DIRECT_CNY("price_direct_cny", p -> p.priceDirectCny),
    PRICE_LIST_IDR("price_list_idr", p -> p.priceListIdr),
    PRICE_LIST_CNY("price_list_cny", p -> p.priceListCny);

    private final String column;
    private final Function<Product, BigDecimal> reader;

    PriceField(String column, Function<Product, BigDecimal> reader) {
        this.column = column;
        this.reader = reader;
    }

    String column() {
        return column;
    }

    BigDecimal of(Product p) {
        return reader.apply(p);
    }

    /** Every price of the product, by field (null prices included as null). */
    static Map<PriceField, BigDecimal> snapshot(Product p) {
        Map<PriceField, BigDecimal> out = new EnumMap<>(PriceField.class);
        for (PriceField f : values()) {
            out.put(f, f.of(p));
        }
        return out;
    }

    /** Whether a price changed: a scale-only difference (10 vs 10.00) is no change. */
    static boolean changed(BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return before != after;
        }
        return before.compareTo(after) != 0;
    }
}
