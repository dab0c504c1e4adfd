package com.bantu.analytics.source;

import com.bantu.analytics.analytics.CustomerTrend;
import com.bantu.analytics.analytics.CustomersSummary;
import com.bantu.analytics.analytics.OrdersSummary;
import com.bantu.analytics.analytics.OrganizationSummary;
import com.bantu.analytics.analytics.Revenue;
import com.bantu.analytics.analytics.ServiceRecordStatistics;
import com.bantu.analytics.analytics.UserActivity;
import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.scope.StatsScope;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The owners' {@code /internal/stats/**} endpoints analytics reads, as typed records. Everything about the call
 * (service token, timeouts, one breaker per owner, envelope, 503 naming the owner) is common-lib's
 * {@link InternalApiClient}; the owners' answers are checked against these records by {@code InternalContractIT}.
 * The owned figures (customers, service records, orders, revenue) are read in a dashboard reader's data scope: its
 * {@link StatsScope} query parameters go with the call (none for a reader who sees everything). Users and
 * organizations have no owner: they stay company-wide.
 */
@Component
public class SourceClient {

    public static final String FOUNDATION = "foundation";
    public static final String SERVICE_MANAGEMENT = "service-management";
    public static final String BUSINESS = "business";
    public static final String FINANCE = "finance";

    private final InternalApiClient client;

    public SourceClient(InternalApiClient client) {
        this.client = client;
    }

    public UserActivity users() {
        return client.get(FOUNDATION, "/internal/stats/users", Map.of(), UserActivity.class);
    }

    public OrganizationSummary organizations() {
        return client.get(FOUNDATION, "/internal/stats/organizations", Map.of(), OrganizationSummary.class);
    }

    public CustomersSummary customers(StatsScope scope) {
        return client.get(SERVICE_MANAGEMENT, "/internal/stats/customers", query(scope), CustomersSummary.class);
    }

    public CustomerTrend customerTrend(String period, StatsScope scope) {
        Map<String, String> query = query(scope);
        query.put("period", period);
        return client.get(SERVICE_MANAGEMENT, "/internal/stats/customers/trend", query, CustomerTrend.class);
    }

    public ServiceRecordStatistics serviceRecords(StatsScope scope) {
        return client.get(SERVICE_MANAGEMENT, "/internal/stats/service-records", query(scope),
                ServiceRecordStatistics.class);
    }

    /** False while business-service's URL is empty: orders then answer zeros. */
    public boolean businessConfigured() {
        return client.configured(BUSINESS);
    }

    /** Dates as {@code yyyy-MM-ddTHH:mm:ss}; null leaves the bound open. */
    public OrdersSummary orders(String startDate, String endDate, StatsScope scope) {
        Map<String, String> query = query(scope);
        query.put("start_date", startDate);
        query.put("end_date", endDate);
        return client.get(BUSINESS, "/internal/stats/orders", query, OrdersSummary.class);
    }

    /** False while finance-service's URL is empty: revenue then answers zeros. */
    public boolean financeConfigured() {
        return client.configured(FINANCE);
    }

    /** Revenue from confirmed payments (finance-service), in IDR. */
    public Revenue revenue(String period, StatsScope scope) {
        Map<String, String> query = query(scope);
        query.put("period", period);
        return client.get(FINANCE, "/internal/stats/revenue", query, Revenue.class);
    }

    /** The reader's scope parameters (none for {@code all}), to add the call's own parameters to. */
    private static Map<String, String> query(StatsScope scope) {
        return new HashMap<>(scope.toQuery());
    }
}
