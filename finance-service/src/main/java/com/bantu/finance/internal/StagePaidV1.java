package com.bantu.finance.internal;

import com.bantu.common.events.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code stage.paid}: a receivable stage's confirmed payments reached its amount. */
public record StagePaidV1(String stageId, String orderId, int stageNumber, BigDecimal amount, BigDecimal paidAmount,
                          String currencyCode, LocalDate paidOn) implements IntegrationEvent {

    public static final String TYPE = "stage.paid";

    @Override
    public String type() {
        return TYPE;
    }
}
