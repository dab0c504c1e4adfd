package com.bantu.common.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code old_values}/{@code new_values} of an audit record, one rule for every service:
 * <ul>
 *   <li><b>create</b> (a successful CREATE answering an object): {@code new_values} are the created record's fields as
 *       the response shows them (nulls left out); {@code old_values} null. Nothing to add in the controller.</li>
 *   <li><b>update</b> (PUT/PATCH or a verb such as {@code confirm}, {@code cancel}, {@code complete}): the controller
 *       names how to read the record as its GET shows it, one line before it calls the update:
 *       {@code AuditChanges.before(() -> service.get(id))}. {@link AuditFilter} compares that with the update's
 *       response {@code data} (the same view after the write) and records the top-level fields that differ, before
 *       and after.</li>
 *   <li><b>delete</b>: the same one line before the delete; {@code old_values} are the removed record's fields,
 *       {@code new_values} null.</li>
 *   <li><b>a verb that creates</b> (a reply to a comment, {@code POST …/{id}/reply}: the path makes it an UPDATE of
 *       the parent): {@code AuditChanges.created()} in the controller; {@code new_values} are the answer's fields as
 *       for a create.</li>
 *   <li><b>restore</b> of a soft-deleted record ({@code PUT …/{id}/restore}): {@code AuditChanges.restored(() ->
 *       service.getDeleted(id))}, a read that sees the deleted row (the usual read answers 404 for it); recorded
 *       like an update, before and after ({@code deleted_at} and whatever else the restore changed).</li>
 * </ul>
 * Keys naming secrets (passwords, tokens, keys, credentials…) are redacted by {@link AuditEvent} like everywhere
 * else, and values longer than {@value #MAX_VALUES_CHARS} characters of JSON keep only their plain (non-nested)
 * fields with {@code "truncated": true}.
 * <p>The read runs only while the filter records the request, outside the update's transaction (so name lookups are
 * allowed), and can never change the response: when it fails (the record is missing or outside the caller's read
 * scope, the update will answer for itself) the record simply has no values.
 */
public final class AuditChanges {

    static final String BEFORE = AuditChanges.class.getName() + ".before";
    static final String MEMBERS = AuditChanges.class.getName() + ".members";
    static final String STATE = AuditChanges.class.getName() + ".state";
    static final String CREATED = AuditChanges.class.getName() + ".created";
    /** Fields every write changes: noise in a list of what the caller changed. */
    private static final Set<String> IGNORED = Set.of("updated_at");
    /** The most JSON text one side of a record keeps (foundation stores each side in a TEXT column). */
    static final int MAX_VALUES_CHARS = 8 * 1024;
    private static final Logger log = LoggerFactory.getLogger(AuditChanges.class);

    private AuditChanges() {
    }

    /** Remembers the record's state before this request's write (read only when the write is being audited). */
    public static void before(Supplier<?> state) {
        remember(BEFORE, "before-state", state, value -> value);
    }

    /**
     * For a write whose path is an update of a parent but which creates a record (a reply to a comment): its values
     * are recorded by the create rule, {@code new_values} the answer's fields. Only while the write is audited.
     */
    public static void created() {
        remember(CREATED, "created", () -> Boolean.TRUE, value -> value);
    }

    /**
     * Remembers a soft-deleted record's state before this request restores it: {@code deletedRow} must read the row
     * as the record's GET shows it even though it is deleted (what {@link #before} is for an update). The restore is
     * then recorded before and after like an update. Only while the write is audited, never changing the response.
     */
    public static void restored(Supplier<?> deletedRow) {
        remember(BEFORE, "restored-state", deletedRow, value -> value);
    }

    /**
     * Reads {@code read} and keeps {@code wrap} of its value (when not null) under {@code key} for {@link AuditFilter},
     * only while this request's write is being audited; a failing read leaves nothing (the write answers for itself).
     */
    private static void remember(String key, String what, Supplier<?> read, Function<Object, Object> wrap) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null
                || attributes.getAttribute(AuditFilter.ACTIVE, RequestAttributes.SCOPE_REQUEST) == null) {
            return;
        }
        try {
            Object value = read.get();
            if (value != null) {
                attributes.setAttribute(key, wrap.apply(value), RequestAttributes.SCOPE_REQUEST);
            }
        } catch (RuntimeException e) {
            log.debug("[AuditChanges] {} not read: {}", what, e.toString());
        }
    }

    /** State a write changes that its answer does not show (how to read it, what it was before the write). */
    record State(Supplier<?> read, Object before) {
    }

    /**
     * For a write whose answer is not the record it changes (a batch of a supplier's offers, say): reads
     * {@code read} now and again after the write, and records the top-level fields that differ, before and after
     * (a map keyed by id gives the changed entries). Like {@link #before}, only while the write is audited.
     */
    public static void state(Supplier<?> read) {
        remember(STATE, "state", read, before -> new State(read, before));
    }

    /** {@code [old_values, new_values]} of {@link #state} read again after the write, or null when nothing changed. */
    static List<Map<String, Object>> state(State st, JsonMapper json) {
        List<Map<String, Object>> d = diff(json.valueToTree(st.before()), json.valueToTree(st.read().get()), json);
        return d == null ? null : Arrays.asList(bounded(d.get(0), json), bounded(d.get(1), json));
    }

    /** A set a write changes (its name in the values, how to read it, what it held before the write). */
    record Members(String field, Supplier<? extends Collection<?>> read, Collection<?> before) {
    }

    /**
     * For a write that changes a set rather than answering a record (a role's permissions, a user's roles): reads
     * the set now and again after the write, and records both as {@code {field: [codes]}} when they differ. Each
     * member is named by its {@code code}, else {@code name}, else {@code id} (as its JSON shows it). Like
     * {@link #before}, only while the write is audited, never changing the response.
     */
    public static void members(String field, Supplier<? extends Collection<?>> read) {
        remember(MEMBERS, "members", read, before -> new Members(field, read, List.copyOf((Collection<?>) before)));
    }

    /** {@code [old_values, new_values]} of a set before and after the write, or null when it did not change. */
    static List<Map<String, Object>> members(Members m, JsonMapper json) {
        List<String> after = labels(m.read().get(), json);
        List<String> before = labels(m.before(), json);
        if (new LinkedHashSet<>(after).equals(new LinkedHashSet<>(before))) {
            return null;
        }
        return List.of(Map.of(m.field(), before), Map.of(m.field(), after));
    }

    private static List<String> labels(Collection<?> members, JsonMapper json) {
        List<String> out = new java.util.ArrayList<>();
        for (Object member : members == null ? List.of() : members) {
            JsonNode node = json.valueToTree(member);
            String label = node.isObject()
                    ? firstText(node, "code", "name", "id") : node.isValueNode() ? node.asText() : null;
            if (label != null) {
                out.add(label);
            }
        }
        out.sort(null);
        return out;
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && v.isValueNode() && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }

    /**
     * {@code [old_values, new_values]} of a successful write (either may be null), or null when nothing is known:
     * see the class comment for the rule per action.
     */
    static List<Map<String, Object>> values(String action, JsonNode before, JsonNode after, JsonMapper json) {
        List<Map<String, Object>> out;
        if (before != null && AuditPaths.DELETE.equals(action)) {
            out = Arrays.asList(fields(before, json), null);
        } else if (before != null) {
            out = diff(before, after, json);
        } else if (AuditPaths.CREATE.equals(action)) {
            out = Arrays.asList(null, fields(after, json));
        } else {
            out = null;
        }
        if (out == null || (out.get(0) == null && out.get(1) == null)) {
            return null;
        }
        return Arrays.asList(bounded(out.get(0), json), bounded(out.get(1), json));
    }

    /** The non-null top-level fields of a JSON object (not the ones every write changes), or null. */
    static Map<String, Object> fields(JsonNode node, JsonMapper json) {
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : node.propertyNames()) {
            JsonNode v = node.get(name);
            if (!IGNORED.contains(name) && v != null && !v.isNull()) {
                out.put(name, plain(v, json));
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** {@code values}, or only its plain fields and {@code truncated: true} when its JSON is too long. */
    static Map<String, Object> bounded(Map<String, Object> values, JsonMapper json) {
        if (values == null || json.writeValueAsString(values).length() <= MAX_VALUES_CHARS) {
            return values;
        }
        Map<String, Object> cut = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!(v instanceof Map<?, ?>) && !(v instanceof Collection<?>)
                    && !(v instanceof String text && text.length() > 500)) {
                cut.put(k, v);
            }
        });
        cut.put("truncated", true);
        if (json.writeValueAsString(cut).length() > MAX_VALUES_CHARS) {
            return Map.of("truncated", true);
        }
        return cut;
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
