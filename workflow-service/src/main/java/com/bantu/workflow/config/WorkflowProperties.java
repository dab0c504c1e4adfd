package com.bantu.workflow.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bantu.workflow.*}: the amount in IDR above which an order also needs a FINANCE review, and how long a review
 * may stay open before its candidates are reminded (ISO-8601, e.g. {@code P2D}, {@code PT2S} in tests).
 */
@ConfigurationProperties("bantu.workflow")
public record WorkflowProperties(BigDecimal financeThresholdIdr, String reviewDue) {

    public WorkflowProperties {
        if (financeThresholdIdr == null) {
            financeThresholdIdr = new BigDecimal("100000000");
        }
        if (reviewDue == null || reviewDue.isBlank()) {
            reviewDue = "P2D";
        }
        reviewDue = reviewDue.trim();
        if (!validDuration(reviewDue)) {
            throw new IllegalArgumentException("bantu.workflow.review-due must be an ISO-8601 duration such as P2D or "
                    + "PT4H, got " + reviewDue);
        }
    }

    private static boolean validDuration(String s) {
        try {
            Duration.parse(s);
            return true;
        } catch (RuntimeException e) {
            try {
                Period.parse(s);
                return true;
            } catch (RuntimeException e2) {
                return false;
            }
        }
    }
}
