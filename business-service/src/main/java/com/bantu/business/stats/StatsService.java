package com.bantu.business.stats;

import com.bantu.business.order.OrderScope;
import com.bantu.business.order.OrderStatus;
import com.bantu.business.support.Params;
import com.bantu.common.scope.StatsScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order figures for analytics-monitoring-service, aggregated in SQL. Revenue is the final amount of completed
 * orders, converted to the home currency IDR with each order's exchange rate (units of the order currency per
 * IDR, so IDR = amount ÷ rate); an order in another currency without a rate cannot be converted and is left out of
 * the IDR figures (it still appears in {@code revenue_by_currency}).
 * <p>
 * A dashboard reader's data scope ({@link StatsScope}, from analytics) counts only the orders the reader's order list
 * shows ({@link OrderScope#ofReader}: sold, created or assigned to them, or of a covered organization); no scope
 * counts every order.
 */
@Service
public class StatsService {

    private final EntityManager em;

    public StatsService(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> orders(String start, String end) {
        return orders(start, end, StatsScope.ALL);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> orders(String start, String end, StatsScope reader) {
        LocalDateTime from = Params.dateTime("start_date", start, false);
        LocalDateTime to = Params.dateTime("end_date", end, true);
        Map<String, Object> scopeParams = new HashMap<>();
        String scope = OrderScope.jpql(OrderScope.ofReader(reader), "o", scopeParams);
        String range = (from == null ? "" : " and o.createdAt >= :from") + (to == null ? "" : " and o.createdAt <= :to")
                + (scope == null ? "" : " and " + scope);
        TypedQuery<Object[]> byStatus = em.createQuery("select o.statusCode, count(o) from Order o where 1 = 1"
                + range + " group by o.statusCode", Object[].class);
        TypedQuery<Object[]> byType = em.createQuery("select coalesce(i.serviceTypeNameZh, i.serviceTypeId, 'unknown'),"
                + " count(distinct o.id) from Order o, OrderItem i where i.orderId = o.id" + range
                + " group by coalesce(i.serviceTypeNameZh, i.serviceTypeId, 'unknown')", Object[].class);
        TypedQuery<Object[]> revenue = em.createQuery("select o.currencyCode, o.exchangeRate, sum(o.finalAmount) "
                + "from Order o where o.statusCode = 'completed'" + range
                + " group by o.currencyCode, o.exchangeRate", Object[].class);
        for (TypedQuery<Object[]> q : List.of(byStatus, byType, revenue)) {
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
            scopeParams.forEach(q::setParameter);
        }
        Map<String, Long> statuses = new TreeMap<>();
        long total = 0;
        for (Object[] row : byStatus.getResultList()) {
            long n = ((Number) row[1]).longValue();
            statuses.merge(OrderStatus.normalize((String) row[0]), n, Long::sum);
            total += n;
        }
        Map<String, Long> types = new TreeMap<>();
        byType.getResultList().forEach(row -> types.put((String) row[0], ((Number) row[1]).longValue()));
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        BigDecimal idr = BigDecimal.ZERO;
        for (Object[] row : revenue.getResultList()) {
            BigDecimal amount = row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2];
            byCurrency.merge((String) row[0], amount, BigDecimal::add);
            BigDecimal inIdr = toIdr((String) row[0], (BigDecimal) row[1], amount);
            if (inIdr != null) {
                idr = idr.add(inIdr);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("by_status", statuses);
        out.put("by_service_type", types);
        out.put("total_revenue", idr.setScale(2, RoundingMode.HALF_UP));
        out.put("revenue_currency", "IDR");
        out.put("revenue_by_currency", byCurrency);
        return out;
    }

    /** {@code {period, total, data[{date, value}]}}: IDR revenue per day (30), week (12, Mondays) or month (12). */
    @Transactional(readOnly = true)
    public Map<String, Object> revenue(String rawPeriod) {
        return revenue(rawPeriod, StatsScope.ALL);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> revenue(String rawPeriod, StatsScope reader) {
        String period = rawPeriod == null || rawPeriod.isBlank() ? "month"
                : Params.oneOf("period", rawPeriod, List.of("day", "week", "month"));
        LocalDate today = LocalDate.now();
        List<LocalDate> buckets = new ArrayList<>();
        switch (period) {
            case "day" -> {
                for (int i = 29; i >= 0; i--) {
                    buckets.add(today.minusDays(i));
                }
            }
            case "week" -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                for (int i = 11; i >= 0; i--) {
                    buckets.add(monday.minusWeeks(i));
                }
            }
            default -> {
                LocalDate first = today.withDayOfMonth(1);
                for (int i = 11; i >= 0; i--) {
                    buckets.add(first.minusMonths(i));
                }
            }
        }
        Map<String, Object> scopeParams = new HashMap<>();
        String scope = OrderScope.jpql(OrderScope.ofReader(reader), "o", scopeParams);
        TypedQuery<Object[]> query = em.createQuery("select o.actualCompletionDate, o.currencyCode, o.exchangeRate, "
                + "sum(o.finalAmount) from Order o where o.statusCode = 'completed' and o.actualCompletionDate >= :from "
                + (scope == null ? "" : "and " + scope + " ")
                + "group by o.actualCompletionDate, o.currencyCode, o.exchangeRate", Object[].class)
                .setParameter("from", buckets.get(0));
        scopeParams.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<LocalDate, BigDecimal> sums = new TreeMap<>();
        buckets.forEach(b -> sums.put(b, BigDecimal.ZERO));
        for (Object[] row : rows) {
            LocalDate day = (LocalDate) row[0];
            BigDecimal idr = toIdr((String) row[1], (BigDecimal) row[2], (BigDecimal) row[3]);
            if (idr == null) {
                continue;
            }
            LocalDate bucket = switch (period) {
                case "day" -> day;
                case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                default -> day.withDayOfMonth(1);
            };
            sums.computeIfPresent(bucket, (k, v) -> v.add(idr));
        }
        List<Map<String, Object>> data = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> e : sums.entrySet()) {
            BigDecimal v = e.getValue().setScale(2, RoundingMode.HALF_UP);
            total = total.add(v);
            data.add(Map.of("date", e.getKey().toString(), "value", v));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", period);
        out.put("total", total);
        out.put("currency", "IDR");
        out.put("data", data);
        return out;
    }

    private static BigDecimal toIdr(String currency, BigDecimal rate, BigDecimal amount) {
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        if (rate != null && rate.signum() > 0) {
            return amount.divide(rate, 2, RoundingMode.HALF_UP);
        }
        return "IDR".equals(currency) ? amount : null;
    }
}
