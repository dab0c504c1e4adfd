package com.bantu.analytics.alert;

import com.bantu.analytics.config.AnalyticsMonitoringConfig;
import com.bantu.analytics.config.MonitoringProperties;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generic JSON webhook: {@code POST <url>} with {@code {event: "alert.raised", service, host, alert: {...}}}
 * (the alert as the API shows it, snake_case). Any 2xx is success.
 */
@Component
@ConditionalOnProperty(name = "bantu.monitoring.alerts.webhook.enabled", havingValue = "true")
public class WebhookAlertChannel implements AlertChannel {

    private final RestClient client;
    private final JsonMapper json;
    private final String url;
    private final String host;

    public WebhookAlertChannel(MonitoringProperties props, JsonMapper json, AlertHost host) {
        MonitoringProperties.Webhook w = props.alerts().webhook();
        if (w.url() == null || w.url().isBlank()) {
            throw new IllegalStateException("bantu.monitoring.alerts.webhook.enabled is true but "
                    + "BANTU_ALERT_WEBHOOK_URL is empty");
        }
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(w.connectTimeout()).build());
        factory.setReadTimeout(w.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
        this.json = json;
        this.url = w.url();
        this.host = host.name();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void send(AlertView alert) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", "alert.raised");
        payload.put("service", AnalyticsMonitoringConfig.SERVICE_NAME);
        payload.put("host", host);
        payload.put("alert", alert);
        client.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(payload))
                .retrieve()
                .toBodilessEntity();
    }
}
