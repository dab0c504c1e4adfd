package com.bantu.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The business-service events finance consumes, as finance reads them (snake_case payloads mapped onto these
 * records; unknown fields ignored). Producer: business-service's {@code internal} package.
 */
public final class BusinessEvents {

    private BusinessEvents() {
    }

    /** {@code order.submitted} (and any later order event with these fields): the order as finance keeps it. */
    public record OrderFactsV1(String orderId, String orderNumber, String customerId, String customerName,
                               String salesUserId, String organizationId, BigDecimal finalAmount, String currencyCode,
                               BigDecimal exchangeRate) {
    }

    /** {@code order.plan_handed_over}: the opportunity's payment stages become the order's receivable plan. */
    public record PlanHandedOverV1(String orderId, String orderNumber, String opportunityId, String currencyCode,
                                   BigDecimal finalAmount, List<Stage> stages) {

        public record Stage(Integer stageNumber, String stageName, BigDecimal amount, LocalDate dueDate,
                            String paymentTrigger) {
        }
    }

    /** {@code order.completed}. */
    public record OrderCompletedV1(String orderId, String orderNumber, LocalDate completedOn) {
    }

    /** {@code order.cancelled}. */
    public record OrderCancelledV1(String orderId, String orderNumber, String previousStatus, String actorId) {
    }

    /** {@code stage.completed}: a processing stage of the order finished (milestone triggers). */
    public record OrderStageCompletedV1(String orderId, String stageCode) {
    }
}
