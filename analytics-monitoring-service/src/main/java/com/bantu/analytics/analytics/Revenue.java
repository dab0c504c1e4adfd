package com.bantu.analytics.analytics;

import java.math.BigDecimal;
import java.util.List;

public record Revenue(String period, BigDecimal total, List<MoneyPoint> data, boolean sourceAvailable) {
    public Revenue {
        total = total == null ? BigDecimal.ZERO : total;
        data = data == null ? List.of() : List.copyOf(data);
    }
}
