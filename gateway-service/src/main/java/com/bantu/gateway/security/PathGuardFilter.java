package com.bantu.gateway.security;

import com.bantu.common.error.ErrorKey;
import com.bantu.gateway.error.GatewayErrors;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * Keeps {@code /internal/**} unreachable from outside: it answers 404 for that prefix whatever the token, and
 * 400 for paths a downstream server would normalise into another one ({@code ..}, {@code .}, empty segments,
 * encoded slashes/backslashes/dots, {@code ..;}), since the gateway forwards paths unchanged.
 */
@Component
public class PathGuardFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 15;

    private final GatewayErrors errors;

    public PathGuardFilter(GatewayErrors errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getPath().value();
        if (!isNormalised(raw)) {
            return errors.write(exchange, ErrorKey.BAD_PATH);
        }
        if (isInternal(exchange.getRequest().getPath().pathWithinApplication())) {
            return errors.write(exchange, ErrorKey.ROUTE_NOT_FOUND);
        }
        return chain.filter(exchange);
    }

    static boolean isNormalised(String raw) {
        if (raw.isEmpty() || raw.charAt(0) != '/' || raw.indexOf('\\') >= 0) {
            return false;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%00")
                || lower.contains("%25") || lower.contains("%3b")) {
            return false;
        }
        String[] segments = raw.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            int semi = s.indexOf(';');
            String value = semi >= 0 ? s.substring(0, semi) : s;
            value = UriUtils.decode(value, java.nio.charset.StandardCharsets.UTF_8);
            boolean last = i == segments.length - 1;
            if (value.equals(".") || value.equals("..") || (value.isEmpty() && !last && segments.length > 1)) {
                return false;
            }
        }
        return true;
    }

    static boolean isInternal(PathContainer path) {
        // elements alternate separator / segment: the first segment is element 1
        return path.elements().size() > 1
                && path.elements().get(1) instanceof PathContainer.PathSegment seg
                && seg.valueToMatch().equalsIgnoreCase("internal");
    }
}
