package com.bantu.finance.internal;

import com.bantu.finance.order.OrderSnapshot;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public final class InternalDtos {

    private InternalDtos() {
    }

    /** An order event from business-service; {@code order} (optional) refreshes finance's copy of the order. */
    public record OrderEvent(@NotBlank @Size(max = 64) String eventId,
                             @NotBlank @Pattern(regexp = "order_approved|order_updated|order_completed|stage_completed"
                                     + "|order_cancelled", message = "unknown event") String event,
                             @NotBlank @Size(max = 36) String orderId,
                             @Size(max = 100) String stageCode,
                             OrderSnapshot order) {
    }

    public record Applied(boolean applied) {
    }

    public record PaymentsSummary(String orderId, long confirmedCount, BigDecimal paidTotal) {
    }
}
