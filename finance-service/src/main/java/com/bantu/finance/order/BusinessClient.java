package com.bantu.finance.order;

import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.internal.InternalCallException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * business-service's {@code /internal} API through common-lib's {@link InternalApiClient} (service token, timeouts
 * from {@code bantu.internal.*}, one breaker per target): orders ({@code GET /internal/orders/{id}}) and
 * notifications ({@code POST /internal/notifications}). Never called inside a database transaction.
 */
@Component
public class BusinessClient {

    public static final String BUSINESS = "business";
    private static final Logger log = LoggerFactory.getLogger(BusinessClient.class);

    private final InternalApiClient client;

    public BusinessClient(InternalApiClient client) {
        this.client = client;
    }

    /**
     * The order, or empty when business answers 404.
     *
     * @throws InternalCallException (503 naming business-service) when business is down, slow or its breaker open
     */
    public Optional<OrderSnapshot> order(String orderId) {
        try {
            OrderSnapshot s = client.get(BUSINESS, "/internal/orders/" + orderId, Map.of(), OrderSnapshot.class);
            if (s == null) {
                return Optional.empty();
            }
            return Optional.of(s.withIdIfMissing(orderId));
        } catch (InternalCallException e) {
            if ("HTTP 404".equals(e.reason())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Sends one notification; false (logged by the client) when business is absent, slow or refuses. */
    public boolean notify(Map<String, Object> notification) {
        try {
            client.post(BUSINESS, "/internal/notifications", notification, Void.class);
            return true;
        } catch (InternalCallException e) {
            log.debug("[BusinessClient] notify - dropped: {}", e.reason());
            return false;
        }
    }
}
