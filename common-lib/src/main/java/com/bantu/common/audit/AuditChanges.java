package com.bantu.common.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The before-state of an update, for the {@code old_values}/{@code new_values} of its audit record. A controller
 * names how to read the record as its GET shows it ({@code AuditChanges.before(() -> service.get(id))}) before it
 * calls the update; {@link AuditFilter} compares that with the update's response {@code data} (the same view after
 * the write) and records the top-level fields that differ, before and after. Keys naming secrets are redacted by
 * {@link AuditEvent} like everywhere else.
 * <p>The read runs only while the filter records the request, outside the update's transaction (so name lookups are
 * allowed), and can never change the response: when it fails (the record is missing or outside the caller's read
 * scope, the update will answer for itself) the record simply has no values.
 */
public final class AuditChanges {

    static final String BEFORE = AuditChanges.class.getName() + ".before";
    /** Fields every write changes: noise in a list of what the caller changed. */
    private static final Set<String> IGNORED = Set.of("updated_at");
    private static final Logger log = LoggerFactory.getLogger(AuditChanges.class);

    private AuditChanges() {
    }

    /** Remembers the record's state before this request's write (read only when the write is being audited). */
    public static void before(Supplier<?> state) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null
                || attributes.getAttribute(AuditFilter.ACTIVE, RequestAttributes.SCOPE_REQUEST) == null) {
            return;
        }
        try {
            Object value = state.get();
            if (value != null) {
                attributes.setAttribute(BEFORE, value, RequestAttributes.SCOPE_REQUEST);
            }
        } catch (RuntimeException e) {
            log.debug("[AuditChanges] before-state not read: {}", e.toString());
        }
    }

    /**
     * The top-level fields of two JSON objects that differ: {@code [before, after]} (a field absent on one side is
     * null there), or null when either is not an object or nothing changed.
     */
    static List<Map<String, Object>> diff(JsonNode before, JsonNode after, JsonMapper json) {
        if (before == null || after == null || !before.isObject() || !after.isObject()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>(before.propertyNames());
        names.addAll(after.propertyNames());
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (IGNORED.contains(name) || same(b, a)) {
                continue;
            }
            was.put(name, plain(b, json));
            now.put(name, plain(a, json));
        }
        return was.isEmpty() ? null : List.of(was, now);
    }

    private static boolean same(JsonNode b, JsonNode a) {
        boolean bNull = b == null || b.isNull();
        boolean aNull = a == null || a.isNull();
        return bNull || aNull ? bNull == aNull : b.equals(a);
    }

    private static Object plain(JsonNode node, JsonMapper json) {
        return node == null || node.isNull() ? null : json.convertValue(node, Object.class);
    }
}
