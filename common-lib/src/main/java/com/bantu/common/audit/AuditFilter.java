package com.bantu.common.audit;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.web.RequestIdFilter;
import io.micrometer.core.instrument.Counter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.PropertyWriter;

/**
 * Records every {@code /api/**} write (POST, PUT, PATCH, DELETE; reads too with {@code bantu.audit.record-reads})
 * of a signed-in caller as an {@link AuditEvent}, after the response is complete. Runs after the security filter
 * chain, so who acted comes from the verified token; requests refused there (no or forged token) never reach it.
 * What is recorded is decided by {@link AuditPaths}. An update whose controller named the record's before-state
 * ({@link AuditChanges}) also carries the changed fields before and after ({@code old_values}, {@code new_values});
 * a create carries the created fields ({@code new_values}), a delete whose controller named the before-state the
 * removed ones ({@code old_values}).
 * Recording never changes the response: a failing {@link AuditRecorder} is one WARN line and
 * {@code audit_record_failures_total}.
 */
public class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    /** Request attribute set while the filter follows a request (the body advices only look when it is set). */
    static final String ACTIVE = AuditFilter.class.getName() + ".active";
    static final int MAX_PARAMS_CHARS = 8 * 1024;
    /** The fields that name what was written, in order of preference. */
    private static final List<String> NAME_FIELDS = List.of("name", "title", "display_name", "username", "email");
    private static final List<String> FIELDS = List.of("id", "name", "title", "display_name", "username", "email");
    /** The client address header the gateway sets on every forwarded request. */
    public static final String CLIENT_IP_HEADER = "X-Real-IP";

    private final AuditRecorder recorder;
    private final JsonMapper json;
    private final boolean recordReads;
    private final List<String> excluded;
    private final String service;
    private final Counter failures;
    private final AntPathMatcher matcher = new AntPathMatcher();
    private final ClassValue<List<BeanPropertyWriter>> properties = new ClassValue<>() {
        @Override
        protected List<BeanPropertyWriter> computeValue(Class<?> type) {
            return writersOf(type);
        }
    };

    public AuditFilter(AuditRecorder recorder, JsonMapper json, boolean recordReads, List<String> excluded,
                       String service, Counter failures) {
        this.recorder = recorder;
        this.json = json;
        this.recordReads = recordReads;
        this.excluded = List.copyOf(excluded);
        this.service = service;
        this.failures = failures;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") || "OPTIONS".equals(request.getMethod())) {
            return true;
        }
        for (String pattern : excluded) {
            if (matcher.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        AuditPaths.Target target = AuditPaths.of(request.getMethod(), path);
        BantuPrincipal who = principal();
        if (target == null || who == null || (target.read() && !recordReads)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ACTIVE, Boolean.TRUE);
        long started = System.nanoTime();
        Throwable escaped = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            escaped = e;
            throw e;
        } finally {
            int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
            if (escaped == null && !response.isCommitted()) {
                try {
                    response.flushBuffer();
                } catch (IOException e) {
                    log.debug("[AuditFilter] client went away before the response was flushed");
                }
            }
            record(request, response, target, who, millis, escaped);
        }
    }

    private static BantuPrincipal principal() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof BantuPrincipal p ? p : null;
    }

    private void record(HttpServletRequest request, HttpServletResponse response, AuditPaths.Target target,
                        BantuPrincipal who, int millis, Throwable escaped) {
        try {
            recorder.record(build(request, response, target, who, millis, escaped));
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("[AuditFilter] audit record of {} {} not stored: {}", request.getMethod(),
                    request.getRequestURI(), e.toString());
        }
    }

    AuditEvent build(HttpServletRequest request, HttpServletResponse response, AuditPaths.Target target,
                     BantuPrincipal who, int millis, Throwable escaped) {
        Object body = request.getAttribute(AuditBodies.RESPONSE_BODY);
        Object before = request.getAttribute(AuditChanges.BEFORE);
        // a verb that creates (AuditChanges.created()) gets a create's values; the recorded action stays the path's
        String valuesAction = request.getAttribute(AuditChanges.CREATED) != null ? AuditPaths.CREATE : target.action();
        Object value = null;
        String message = null;
        if (body instanceof ApiResponse<?> envelope) {
            message = envelope.message();
            value = envelope.data();
        }
        int status = escaped != null ? 500 : response.getStatus();
        boolean failed = status >= 400;
        String resourceId = target.resourceId();
        String resourceName = null;
        JsonNode data = null;
        if (!failed && value != null) {
            // the values need the whole answer: an update or delete whose controller named its before-state (to
            // compare), a create (its fields); otherwise the id and name fields are read from the answer's object as
            // Jackson would write them, without a tree
            if (before != null || AuditPaths.CREATE.equals(valuesAction)) {
                try {
                    data = json.valueToTree(value);
                } catch (RuntimeException e) {
                    data = null;
                }
            }
            Map<String, String> fields = data != null ? fieldsOf(data) : topLevelFields(value);
            if (AuditPaths.CREATE.equals(target.action()) && resourceId == null) {
                resourceId = fields.get("id");
            }
            for (String field : NAME_FIELDS) {
                resourceName = fields.get(field);
                if (resourceName != null) {
                    break;
                }
            }
        }
        String userAgent = request.getHeader("User-Agent");
        AuditEvent event = new AuditEvent(null, who.userId(), who.username(), who.organizationId(), target.action(),
                target.resourceType(), resourceId, resourceName, target.category(), null, null,
                params(request), request.getMethod(), request.getRequestURI(), RequestIdFilter.current(),
                clientIp(request), userAgent, null, AuditEvent.SUCCESS, null, millis, service);
        if (!failed) {
            // a set (members), state the answer does not show, or the answer against its before-state
            List<Map<String, Object>> changes = request.getAttribute(AuditChanges.MEMBERS)
                    instanceof AuditChanges.Members m ? compared("members", () -> AuditChanges.members(m, json))
                    : request.getAttribute(AuditChanges.STATE) instanceof AuditChanges.State st
                    ? compared("state", () -> AuditChanges.state(st, json))
                    : changes(valuesAction, before, data);
            if (changes != null) {
                event = event.withChanges(changes.get(0), changes.get(1));
            }
        }
        if (failed) {
            event = event.failed(message != null ? message
                    : escaped != null ? escaped.getClass().getSimpleName() : "HTTP " + status);
        }
        return event;
    }

    /**
     * The values of a successful write ({@link AuditChanges}): a create's fields, an update's changed fields before
     * and after (when its controller named the before-state), a delete's removed fields.
     */
    private List<Map<String, Object>> changes(String action, Object before, JsonNode after) {
        if (before == null && after == null) {
            return null;
        }
        return compared("changes", () -> AuditChanges.values(action, before == null ? null : json.valueToTree(before),
                after, json));
    }

    /** The values {@code compare} gives, or none when it fails (the response is never changed by the audit). */
    private static List<Map<String, Object>> compared(String what, Supplier<List<Map<String, Object>>> compare) {
        try {
            return compare.get();
        } catch (RuntimeException e) {
            log.debug("[AuditFilter] {} not compared: {}", what, e.toString());
            return null;
        }
    }

    /**
     * The client address as the gateway saw it ({@value #CLIENT_IP_HEADER}: the gateway sets it from the TCP peer or
     * its trusted proxies' {@code X-Forwarded-For} and drops any client-sent copy); without it, the TCP peer.
     */
    static String clientIp(HttpServletRequest request) {
        String ip = request.getHeader(CLIENT_IP_HEADER);
        return ip != null && !ip.isBlank() && ip.length() <= 50 ? ip.trim() : request.getRemoteAddr();
    }

    /**
     * Query parameters, the JSON body as bound (secrets are redacted by {@link AuditEvent}), file parts as
     * name/size/type; at most {@value #MAX_PARAMS_CHARS} characters of JSON, else a truncation marker.
     */
    Map<String, Object> params(HttpServletRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> out.put(k, v.length == 1 ? v[0] : List.of(v)));
        Object body = request.getAttribute(AuditBodies.REQUEST_BODY);
        if (body != null) {
            try {
                JsonNode tree = json.valueToTree(body);
                if (tree.isObject()) {
                    out.putAll(json.convertValue(tree, Map.class));
                } else {
                    out.put("body", json.convertValue(tree, Object.class));
                }
            } catch (RuntimeException e) {
                out.put("body", body.getClass().getSimpleName());
            }
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            List<Map<String, Object>> files = new ArrayList<>();
            try {
                for (Part part : request.getParts()) {
                    if (part.getSubmittedFileName() != null) {
                        Map<String, Object> f = new LinkedHashMap<>();
                        f.put("file_name", part.getSubmittedFileName());
                        f.put("size", part.getSize());
                        f.put("content_type", part.getContentType());
                        files.add(f);
                    }
                }
            } catch (IOException | ServletException | RuntimeException e) {
                log.debug("[AuditFilter] multipart parts not readable: {}", e.toString());
            }
            if (!files.isEmpty()) {
                out.put("files", files);
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        Map<String, Object> redacted = AuditEvent.redact(out);
        String text = json.writeValueAsString(redacted);
        if (text.length() > MAX_PARAMS_CHARS) {
            Map<String, Object> cut = new LinkedHashMap<>();
            cut.put("truncated", true);
            cut.put("size", text.length());
            return cut;
        }
        return redacted;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
    }

    /** {@code id} and the name fields of an answer already turned into a tree (non-objects have none). */
    static Map<String, String> fieldsOf(JsonNode data) {
        Map<String, String> out = new HashMap<>();
        if (data.isObject()) {
            for (String field : FIELDS) {
                String v = text(data, field);
                if (v != null) {
                    out.put(field, v);
                }
            }
        }
        return out;
    }

    /**
     * {@code id} and the name fields of an answer's object, as its JSON would carry them at the top level: a map's
     * entries, or a bean's or record's properties through Jackson's own serializer for the class (its property names
     * and getters, looked up once per class), without serialising the rest of the object. Anything else (or a value
     * that is not a plain scalar) falls back to the tree.
     */
    Map<String, String> topLevelFields(Object value) {
        Map<String, String> out = new HashMap<>();
        try {
            if (value instanceof Map<?, ?> map) {
                for (String field : FIELDS) {
                    put(out, field, map.get(field));
                }
                return out;
            }
            List<BeanPropertyWriter> writers = properties.get(value.getClass());
            if (writers == null) {
                return fieldsOf(json.valueToTree(value));
            }
            for (BeanPropertyWriter w : writers) {
                put(out, w.getName(), w.get(value));
            }
        } catch (Exception e) {
            log.debug("[AuditFilter] id and name of the answer not read: {}", e.toString());
        }
        return out;
    }

    private void put(Map<String, String> out, String field, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof UUID) {
            out.put(field, v.toString());
        } else {
            String text = text(json.valueToTree(Map.of(field, v)), field);
            if (text != null) {
                out.put(field, text);
            }
        }
    }

    /** Per class: the serializer's writers of the fields above, null when the class is not written as a bean. */
    private List<BeanPropertyWriter> writersOf(Class<?> type) {
        ValueSerializer<Object> serializer = json._serializationContext().findValueSerializer(type);
        List<BeanPropertyWriter> out = new ArrayList<>();
        Iterator<PropertyWriter> it = serializer.properties();
        boolean any = false;
        while (it.hasNext()) {
            PropertyWriter p = it.next();
            any = true;
            if (p instanceof BeanPropertyWriter w && FIELDS.contains(w.getName())) {
                out.add(w);
            }
        }
        return any && !serializer.isUnwrappingSerializer() ? List.copyOf(out) : null;
    }
}
