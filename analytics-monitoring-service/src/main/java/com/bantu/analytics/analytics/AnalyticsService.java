package com.bantu.analytics.analytics;

import com.bantu.analytics.analytics.AnalyticsDtos.CustomerTrend;
import com.bantu.analytics.analytics.AnalyticsDtos.CustomersSummary;
import com.bantu.analytics.analytics.AnalyticsDtos.OrdersSummary;
import com.bantu.analytics.analytics.AnalyticsDtos.OrganizationSummary;
import com.bantu.analytics.analytics.AnalyticsDtos.Revenue;
import com.bantu.analytics.analytics.AnalyticsDtos.ServiceRecordStatistics;
import com.bantu.analytics.analytics.AnalyticsDtos.UserActivity;
import com.bantu.analytics.source.SourceClient;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The aggregates. Each service owns its data, so every figure comes from the owner's {@code /internal/stats/**}
 * (foundation: users, organizations; service-management: customers, service records; business: orders;
 * finance: revenue from confirmed payments), read through {@link AnalyticsCache}. Orders answer zeros with
 * {@code source_available: false} while no business-service URL is configured, revenue while no finance-service URL
 * is.
 */
@Service
public class AnalyticsService {

    public static final String FOUNDATION = "foundation-service";
    public static final String SERVICE_MANAGEMENT = "service-management-service";
    public static final String BUSINESS = "business-service";
    public static final String FINANCE = "finance-service";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final SourceClient sources;
    private final AnalyticsCache cache;
    private final JsonMapper json;
    private final String foundationUrl;
    private final String serviceManagementUrl;
    private final String businessUrl;
    private final String financeUrl;

    public AnalyticsService(SourceClient sources, AnalyticsCache cache, JsonMapper json,
                            @Value("${bantu.services.foundation.url}") String foundationUrl,
                            @Value("${bantu.services.service-management.url}") String serviceManagementUrl,
                            @Value("${bantu.services.business.url:}") String businessUrl,
                            @Value("${bantu.services.finance.url:}") String financeUrl) {
        this.sources = sources;
        this.cache = cache;
        this.json = json;
        this.foundationUrl = foundationUrl;
        this.serviceManagementUrl = serviceManagementUrl;
        this.businessUrl = businessUrl;
        this.financeUrl = financeUrl;
    }

    public CustomersSummary customersSummary() {
        return cache.get("customers:summary", CustomersSummary.class,
                () -> fetch(SERVICE_MANAGEMENT, serviceManagementUrl, "/internal/stats/customers", Map.of(),
                        CustomersSummary.class));
    }

    public CustomerTrend customersTrend(String rawPeriod) {
        String period = AnalyticsParams.period(rawPeriod, "day");
        return cache.get("customers:trend:" + period, CustomerTrend.class, () -> {
            CustomerTrend t = fetch(SERVICE_MANAGEMENT, serviceManagementUrl, "/internal/stats/customers/trend",
                    Map.of("period", period), CustomerTrend.class);
            return new CustomerTrend(period, t.data());
        });
    }

    public OrdersSummary ordersSummary(String rawStart, String rawEnd) {
        AnalyticsParams.Range range = AnalyticsParams.range(rawStart, rawEnd);
        if (!businessWired()) {
            return new OrdersSummary(0, Map.of(), Map.of(), BigDecimal.ZERO, false);
        }
        String suffix = range.empty() ? "orders:summary"
                : "orders:summary:" + iso(range.start()) + ":" + iso(range.end());
        return cache.get(suffix, OrdersSummary.class, () -> {
            Map<String, String> query = new HashMap<>();
            query.put("start_date", range.start() == null ? null : ISO.format(range.start()));
            query.put("end_date", range.end() == null ? null : ISO.format(range.end()));
            OrdersSummary s = fetch(BUSINESS, businessUrl, "/internal/stats/orders", query, OrdersSummary.class);
            return new OrdersSummary(s.total(), s.byStatus(), s.byServiceType(), s.totalRevenue(), true);
        });
    }

    public Revenue revenue(String rawPeriod) {
        String period = AnalyticsParams.period(rawPeriod, "month");
        if (financeUrl == null || financeUrl.isBlank()) {
            return new Revenue(period, BigDecimal.ZERO, List.of(), false);
        }
        return cache.get("revenue:" + period, Revenue.class, () -> {
            Revenue r = fetch(FINANCE, financeUrl, "/internal/stats/revenue", Map.of("period", period),
                    Revenue.class);
            return new Revenue(period, r.total(), r.data(), true);
        });
    }

    public ServiceRecordStatistics serviceRecordStatistics() {
        return cache.get("service_records:statistics", ServiceRecordStatistics.class,
                () -> fetch(SERVICE_MANAGEMENT, serviceManagementUrl, "/internal/stats/service-records", Map.of(),
                        ServiceRecordStatistics.class));
    }

    public UserActivity userActivity() {
        return cache.get("users:activity", UserActivity.class,
                () -> fetch(FOUNDATION, foundationUrl, "/internal/stats/users", Map.of(), UserActivity.class));
    }

    public OrganizationSummary organizationSummary() {
        return cache.get("organizations:summary", OrganizationSummary.class,
                () -> fetch(FOUNDATION, foundationUrl, "/internal/stats/organizations", Map.of(),
                        OrganizationSummary.class));
    }

    private boolean businessWired() {
        return businessUrl != null && !businessUrl.isBlank();
    }

    private <T> T fetch(String source, String url, String path, Map<String, String> query, Class<T> type) {
        JsonNode data = sources.get(source, url, path, query);
        return json.treeToValue(data, type);
    }

    private static String iso(LocalDateTime t) {
        return t == null ? "-" : ISO.format(t);
    }
}
