package com.bantu.business.internal;

import com.bantu.common.events.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code order.plan_handed_over}: an opportunity became an order; its payment stages become the order's receivable
 * plan in finance-service (idempotent there on {@code order_id}).
 */
public record PaymentPlanHandedOverV1(String orderId, String orderNumber, String opportunityId, String currencyCode,
                                      BigDecimal finalAmount, List<Stage> stages) implements IntegrationEvent {

    public static final String TYPE = "order.plan_handed_over";

    public record Stage(int stageNumber, String stageName, BigDecimal amount, LocalDate dueDate,
                        String paymentTrigger) {
    }

    @Override
    public String type() {
        return TYPE;
    }
}
