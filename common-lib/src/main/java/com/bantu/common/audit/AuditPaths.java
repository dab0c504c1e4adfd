package com.bantu.common.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an {@code /api/**} request is, for the audit trail: whether it is recorded at all, its action, resource type,
 * resource id and category. Pure path rules, no I/O.
 * <ul>
 *   <li>The first segment after {@code /api/} names the service ({@code foundation}, {@code service-management},
 *       {@code order-workflow}…) and is not a resource.</li>
 *   <li>An id segment (a UUID or a number) belongs to the resource before it.</li>
 *   <li>A word segment after an identified resource is either a sub-resource (a plural: {@code items},
 *       {@code follow-ups}) or a verb ({@code assign}, {@code cancel}, {@code convert-to-order}, {@code password}):
 *       a verb makes the request an UPDATE of the resource it follows ({@code export}: an EXPORT).</li>
 *   <li>The resource type is the singular of the innermost resource, dashes as underscores; a sub-resource is
 *       prefixed with its parent ({@code orders/{id}/items} → {@code order_item}).</li>
 *   <li>POST to a collection (or to its {@code convert-from-…} verb, e.g.
 *       {@code opportunities/convert-from-lead/{leadId}}) → CREATE (the id then comes from the response's
 *       {@code data.id}), PUT/PATCH → UPDATE,
 *       DELETE → DELETE, GET → VIEW. POSTs that only read ({@code …/logs/query}, {@code …/check-duplicate},
 *       {@code …/validate-dependencies}, {@code …/calculate-order}) count as reads.</li>
 * </ul>
 */
public final class AuditPaths {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String EXPORT = "EXPORT";
    public static final String VIEW = "VIEW";

    /** What the filter needs to know about a request. */
    public record Target(boolean read, String action, String resourceType, String resourceId, String category) {
    }

    private static final Pattern ID = Pattern.compile(
            "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+|[0-9a-z]{32}");

    /** POSTs that only read. */
    private static final Set<String> READ_ONLY_POSTS = Set.of("query", "check-duplicate", "validate-dependencies",
            "calculate-order");

    /** Paths never recorded: reading the audit trail or the system logs is not an audited write. */
    private static final Set<String> NEVER = Set.of("audit-logs", "logs");

    /** Words ending in "s" that are not collections. */
    private static final Set<String> NOT_PLURAL = Set.of("status", "progress", "access", "address", "process",
            "analytics", "statistics", "stats", "settings", "business");

    /** Top-level resource → category; anything else falls back to the service's category. */
    private static final Map<String, String> CATEGORY_BY_RESOURCE = Map.ofEntries(
            Map.entry("auth", "user_management"), Map.entry("users", "user_management"),
            Map.entry("organizations", "organization_management"),
            Map.entry("roles", "role_management"), Map.entry("permissions", "role_management"),
            Map.entry("customers", "customer_management"), Map.entry("contacts", "customer_management"),
            Map.entry("customer-sources", "customer_management"),
            Map.entry("customer-channels", "customer_management"),
            Map.entry("customer-levels", "customer_management"), Map.entry("industries", "customer_management"),
            Map.entry("service-records", "customer_management"), Map.entry("follow-ups", "customer_management"),
            Map.entry("products", "product_management"), Map.entry("categories", "product_management"),
            Map.entry("service-types", "product_management"), Map.entry("suppliers", "product_management"),
            Map.entry("vendors", "product_management"), Map.entry("prices", "product_management"),
            Map.entry("product-dependencies", "product_management"),
            Map.entry("orders", "order_management"), Map.entry("leads", "lead_management"),
            Map.entry("opportunities", "opportunity_management"),
            Map.entry("receivables", "finance_management"), Map.entry("payments", "finance_management"),
            Map.entry("collection-tasks", "finance_management"),
            Map.entry("menus", "system_management"), Map.entry("monitoring", "system_management"),
            Map.entry("analytics", "system_management"), Map.entry("notifications", "system_management"));

    /** Services whose every resource is one category. */
    private static final Map<String, String> CATEGORY_BY_SERVICE = Map.of(
            "finance", "finance_management", "workflow", "workflow_management",
            "analytics-monitoring", "system_management");

    private AuditPaths() {
    }

    /**
     * The request's audit target, or null when it is not an {@code /api/**} request or is never recorded
     * ({@code /audit-logs/**}, {@code /logs/**}).
     */
    public static Target of(String method, String path) {
        if (path == null || !path.startsWith("/api/")) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String s : path.substring(5).split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        if (segments.size() < 2) {
            return null;
        }
        String service = segments.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = segments.subList(1, segments.size());
        for (String s : rest) {
            if (NEVER.contains(s.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        String m = method.toUpperCase(Locale.ROOT);
        String parent = null;
        String resource = null;
        String resourceId = null;
        String verb = null;
        String top = null;
        for (String raw : rest) {
            String s = raw.toLowerCase(Locale.ROOT);
            if (ID.matcher(s).matches()) {
                if (verb == null && resource != null && resourceId == null) {
                    resourceId = raw;
                }
                continue;
            }
            if (verb != null) {
                continue;
            }
            boolean afterIdentified = resource != null && resourceId != null;
            boolean afterCollection = resource != null && resourceId == null;
            if ((afterIdentified || afterCollection) && isVerb(s)) {
                verb = s;
                continue;
            }
            if (afterIdentified) {
                parent = resource;
            } else if (afterCollection) {
                // a namespace such as "monitoring/alerts": the deeper word is the resource
                parent = null;
            }
            resource = s;
            resourceId = null;
            if (top == null || (afterCollection && !CATEGORY_BY_RESOURCE.containsKey(top))) {
                top = s;
            }
        }
        if (resource == null) {
            return null;
        }
        boolean read = m.equals("GET") || m.equals("HEAD")
                || (m.equals("POST") && verb != null && READ_ONLY_POSTS.contains(verb));
        String action;
        if (read) {
            action = VIEW;
        } else if ("export".equals(verb)) {
            action = EXPORT;
        } else if (m.equals("DELETE")) {
            action = DELETE;
        } else if (m.equals("POST") && resourceId == null && (verb == null || verb.startsWith("convert-from"))) {
            action = CREATE;
        } else {
            action = UPDATE;
        }
        String type = singular(resource);
        if (parent != null) {
            String p = singular(parent);
            type = type.startsWith(p) ? type : p + "_" + type;
        }
        String category = CATEGORY_BY_SERVICE.getOrDefault(service,
                CATEGORY_BY_RESOURCE.getOrDefault(top, categoryOfService(service)));
        return new Target(read, action, cut(type, 50), resourceId, category);
    }

    private static String categoryOfService(String service) {
        return switch (service) {
            case "foundation" -> "user_management";
            case "service-management" -> "customer_management";
            case "business", "order-workflow" -> "order_management";
            default -> "system_management";
        };
    }

    private static boolean isVerb(String s) {
        if (READ_ONLY_POSTS.contains(s) || s.equals("export") || s.startsWith("convert") || s.startsWith("batch")) {
            return true;
        }
        return !s.endsWith("s") || NOT_PLURAL.contains(s);
    }

    /** {@code users} → {@code user}, {@code categories} → {@code category}, dashes → underscores. */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_PLURAL.contains(w)) {
            return w.replace('-', '_');
        }
        if (w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.replace('-', '_');
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
