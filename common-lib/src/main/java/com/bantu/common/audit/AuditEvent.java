package com.bantu.common.audit;

import com.bantu.common.events.IntegrationEvent;
import com.bantu.common.security.BantuPrincipal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One audit record, sent by every service to foundation as integration event {@code audit.recorded} (foundation stores
 * it in its append-only {@code audit_logs}). Who comes from the verified token ({@link #of}); secrets never travel:
 * every map key containing {@code password}, {@code secret}, {@code token}, {@code authorization}, {@code cookie},
 * {@code credential}, an API/access/private/signing key or a one-time code (any depth, any case) has its value replaced by {@value #REDACTED} when the record is built — on the producer and again when the
 * consumer reads it.
 *
 * @param id             the record's own id (UUID; foundation stores each id once)
 * @param userId         the acting user (null for an anonymous failed login)
 * @param username       the acting user's username from the token
 * @param organizationId the acting user's organization from the token
 * @param action         CREATE, UPDATE, DELETE, LOGIN, LOGOUT, EXPORT or VIEW
 * @param resourceType   singular, snake_case ({@code customer}, {@code order_item})
 * @param resourceId     the record's id, when there is one
 * @param resourceName   a readable name of the record (name, title, username…), optional
 * @param category       e.g. {@code customer_management}, optional
 * @param oldValues      changed fields before the write (null when not tracked)
 * @param newValues      changed fields after the write
 * @param requestParams  query or body parameters worth keeping, optional
 * @param requestMethod  HTTP method
 * @param requestPath    HTTP path
 * @param requestId      the {@code X-Request-Id} of the request
 * @param ipAddress      the client address
 * @param userAgent      the client's User-Agent (cut to 500 characters)
 * @param occurredAt     when it happened
 * @param status         {@code success} or {@code failed}
 * @param errorMessage   the failure message when failed
 * @param durationMs     how long the request took, optional
 * @param service        the recording service (e.g. {@code business-service})
 */
public record AuditEvent(String id, String userId, String username, String organizationId, String action,
                         String resourceType, String resourceId, String resourceName, String category,
                         Map<String, Object> oldValues, Map<String, Object> newValues,
                         Map<String, Object> requestParams, String requestMethod, String requestPath,
                         String requestId, String ipAddress, String userAgent, Instant occurredAt, String status,
                         String errorMessage, Integer durationMs, String service) implements IntegrationEvent {

    public static final String TYPE = "audit.recorded";
    public static final String REDACTED = "[REDACTED]";
    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";
    /**
     * Keys whose values never travel: passwords, secrets, tokens, authorization headers, cookies, credentials, API and
     * private keys, one-time codes.
     */
    private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|passwd|passphrase|secret|token"
            + "|authorization|cookie|credential|api[_-]?key|access[_-]?key|private[_-]?key|signing[_-]?key|one[_-]?time"
            + "|verification[_-]?code|captcha).*");
    private static final int MAX_USER_AGENT = 500;
    private static final int REMEMBERED_KEYS = 4096;
    private static final int REMEMBERED_KEY_LENGTH = 64;
    private static final Map<String, Boolean> SENSITIVE_KEYS = new ConcurrentHashMap<>();

    public AuditEvent {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        occurredAt = occurredAt == null ? Instant.now().truncatedTo(ChronoUnit.MICROS) : occurredAt;
        status = FAILED.equals(status) ? FAILED : SUCCESS;
        oldValues = redact(oldValues);
        newValues = redact(newValues);
        requestParams = redact(requestParams);
        userAgent = userAgent != null && userAgent.length() > MAX_USER_AGENT
                ? userAgent.substring(0, MAX_USER_AGENT) : userAgent;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** A successful record of {@code action} on a resource by the token's user; add details with the withers. */
    public static AuditEvent of(BantuPrincipal who, String action, String resourceType, String resourceId) {
        return new AuditEvent(null, who == null ? null : who.userId(), who == null ? null : who.username(),
                who == null ? null : who.organizationId(), action, resourceType, resourceId, null, null, null, null,
                null, null, null, null, null, null, null, SUCCESS, null, null, null);
    }

    public AuditEvent withChanges(Map<String, ?> before, Map<String, ?> after) {
        return new AuditEvent(id, userId, username, organizationId, action, resourceType, resourceId, resourceName,
                category, copy(before), copy(after), requestParams, requestMethod, requestPath, requestId, ipAddress,
                userAgent, occurredAt, status, errorMessage, durationMs, service);
    }

    public AuditEvent withRequest(String method, String path, String requestId, String ipAddress, String userAgent) {
        return new AuditEvent(id, userId, username, organizationId, action, resourceType, resourceId, resourceName,
                category, oldValues, newValues, requestParams, method, path, requestId, ipAddress, userAgent,
                occurredAt, status, errorMessage, durationMs, service);
    }

    public AuditEvent withDescription(String resourceName, String category, String service) {
        return new AuditEvent(id, userId, username, organizationId, action, resourceType, resourceId, resourceName,
                category, oldValues, newValues, requestParams, requestMethod, requestPath, requestId, ipAddress,
                userAgent, occurredAt, status, errorMessage, durationMs, service);
    }

    public AuditEvent failed(String errorMessage) {
        return new AuditEvent(id, userId, username, organizationId, action, resourceType, resourceId, resourceName,
                category, oldValues, newValues, requestParams, requestMethod, requestPath, requestId, ipAddress,
                userAgent, occurredAt, FAILED, errorMessage, durationMs, service);
    }

    /** A copy of {@code values} in which every sensitive key's value is {@value #REDACTED}, at any depth. */
    public static Map<String, Object> redact(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, k != null && v != null && sensitive(k) ? REDACTED : redactValue(v)));
        return out;
    }

    /**
     * Whether {@code key} matches {@link #SENSITIVE}. The answers for the first {@value #REMEMBERED_KEYS} keys seen of
     * at most {@value #REMEMBERED_KEY_LENGTH} characters are remembered (a record's keys are field names, the same few
     * hundred over and over, and every record is redacted more than once; a client's odd keys cannot fill the memory),
     * so the pattern runs once per key rather than once per key of every record.
     */
    static boolean sensitive(String key) {
        Boolean known = SENSITIVE_KEYS.get(key);
        if (known != null) {
            return known;
        }
        boolean sensitive = SENSITIVE.matcher(key).matches();
        if (key.length() <= REMEMBERED_KEY_LENGTH && SENSITIVE_KEYS.size() < REMEMBERED_KEYS) {
            SENSITIVE_KEYS.put(key, sensitive);
        }
        return sensitive;
    }

    @SuppressWarnings("unchecked")
    private static Object redactValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return redact((Map<String, ?>) m);
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(AuditEvent::redactValue).toList();
        }
        return v;
    }

    private static Map<String, Object> copy(Map<String, ?> values) {
        return values == null ? null : new LinkedHashMap<>(values);
    }

    /** The actions foundation accepts. */
    public static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "LOGIN", "LOGOUT", "EXPORT",
            "VIEW");
}
