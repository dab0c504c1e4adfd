package com.bantu.finance.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Report shapes. Money is per currency; only {@code base_idr} fields convert (amount ÷ the order's exchange rate). */
public final class ReportDtos {

    private ReportDtos() {
    }

    public record CurrencySummary(String currencyCode, BigDecimal receivable, BigDecimal received,
                                  BigDecimal outstanding, BigDecimal overdue, long paymentsCount) {
    }

    public record BaseIdr(BigDecimal receivable, BigDecimal received, BigDecimal outstanding, BigDecimal overdue) {
    }

    public record Summary(LocalDate startDate, LocalDate endDate, List<CurrencySummary> currencies, BaseIdr baseIdr) {
    }

    public record PeriodPoint(String date, String currencyCode, BigDecimal received, BigDecimal receivable) {
    }

    public record ByPeriod(String period, List<PeriodPoint> data) {
    }

    /** One row of by-customer ({@code customer_id}) or by-sales-user ({@code sales_user_id}); the other id is null. */
    public record PartyRow(String customerId, String salesUserId, String name, String currencyCode,
                           BigDecimal receivable, BigDecimal received, BigDecimal outstanding) {
    }

    public record AgingRow(String currencyCode, BigDecimal notDue, BigDecimal d1_30, BigDecimal d31_60,
                           BigDecimal d61_90, BigDecimal d90Plus, BigDecimal total) {
    }

    public record Aging(LocalDate asOf, List<AgingRow> buckets) {
    }

    public record Statistics(Map<String, Long> receivablesByStatus, Map<String, Long> paymentsByStatus,
                             Map<String, Long> collectionTasksByStatus, long overdueCount) {
    }

    public record RevenuePoint(String date, BigDecimal value) {
    }

    public record CurrencyTotal(String currencyCode, BigDecimal total) {
    }

    /** For analytics: confirmed receipts minus refunds, in base IDR, per bucket; also per currency. */
    public record Revenue(String period, String currencyCode, BigDecimal total, List<RevenuePoint> data,
                          List<CurrencyTotal> byCurrency) {
    }
}
