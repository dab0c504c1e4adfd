package com.bantu.analytics.analytics;

import com.bantu.analytics.source.SourceClient;
import com.bantu.common.scope.StatsScope;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The aggregates. Each service owns its data, so every figure comes from the owner's {@code /internal/stats/**}
 * (foundation: users, organizations; service-management: customers, service records; business: orders;
 * finance: revenue from confirmed payments), fetched by {@link SourceClient} and read through {@link AnalyticsCache}.
 * Orders answer zeros with {@code source_available: false} while no business-service URL is configured, revenue
 * while no finance-service URL is.
 * <p>
 * The owned figures (customers, trend, service records, orders, revenue) are the caller's: their data scope
 * ({@link StatsScope#current}, from the verified token as every service resolves it) goes to the owner, which counts
 * only the records in it, and is part of the cache key ({@code <key>:scope:<level>:<user>:<orgs>:<roles>}); a caller
 * who sees everything sends no scope and shares the company-wide key. Users and organizations have no owner and stay
 * company-wide.
 */
@Service
public class AnalyticsService {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final SourceClient sources;
    private final AnalyticsCache cache;

    public AnalyticsService(SourceClient sources, AnalyticsCache cache) {
        this.sources = sources;
        this.cache = cache;
    }

    public CustomersSummary customersSummary() {
        StatsScope scope = StatsScope.current();
        return cache.get("customers:summary" + scope.cacheSuffix(), CustomersSummary.class,
                () -> sources.customers(scope));
    }

    public CustomerTrend customersTrend(String rawPeriod) {
        String period = AnalyticsParams.period(rawPeriod, "day");
        StatsScope scope = StatsScope.current();
        return cache.get("customers:trend:" + period + scope.cacheSuffix(), CustomerTrend.class,
                () -> new CustomerTrend(period, sources.customerTrend(period, scope).data()));
    }

    public OrdersSummary ordersSummary(String rawStart, String rawEnd) {
        AnalyticsParams.Range range = AnalyticsParams.range(rawStart, rawEnd);
        if (!sources.businessConfigured()) {
            return new OrdersSummary(0, Map.of(), Map.of(), BigDecimal.ZERO, false);
        }
        StatsScope scope = StatsScope.current();
        String suffix = (range.empty() ? "orders:summary"
                : "orders:summary:" + iso(range.start()) + ":" + iso(range.end())) + scope.cacheSuffix();
        return cache.get(suffix, OrdersSummary.class, () -> {
            OrdersSummary s = sources.orders(range.start() == null ? null : ISO.format(range.start()),
                    range.end() == null ? null : ISO.format(range.end()), scope);
            return new OrdersSummary(s.total(), s.byStatus(), s.byServiceType(), s.totalRevenue(), true);
        });
    }

    public Revenue revenue(String rawPeriod) {
        String period = AnalyticsParams.period(rawPeriod, "month");
        if (!sources.financeConfigured()) {
            return new Revenue(period, BigDecimal.ZERO, List.of(), false);
        }
        StatsScope scope = StatsScope.current();
        return cache.get("revenue:" + period + scope.cacheSuffix(), Revenue.class, () -> {
            Revenue r = sources.revenue(period, scope);
            return new Revenue(period, r.total(), r.data(), true);
        });
    }

    public ServiceRecordStatistics serviceRecordStatistics() {
        StatsScope scope = StatsScope.current();
        return cache.get("service_records:statistics" + scope.cacheSuffix(), ServiceRecordStatistics.class,
                () -> sources.serviceRecords(scope));
    }

    public UserActivity userActivity() {
        return cache.get("users:activity", UserActivity.class, sources::users);
    }

    public OrganizationSummary organizationSummary() {
        return cache.get("organizations:summary", OrganizationSummary.class, sources::organizations);
    }

    private static String iso(LocalDateTime t) {
        return t == null ? "-" : ISO.format(t);
    }
}
