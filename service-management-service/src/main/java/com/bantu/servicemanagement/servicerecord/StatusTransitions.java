package com.bantu.servicemanagement.servicerecord;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service-record status workflow: pending → in_progress | cancelled | on_hold, in_progress → completed | on_hold |
 * cancelled, on_hold → in_progress | cancelled; completed and cancelled are final. A pure rule, unit-tested.
 */
final class StatusTransitions {

    static final List<String> STATUSES = List.of("pending", "in_progress", "completed", "cancelled", "on_hold");

    private static final Map<String, Set<String>> NEXT = Map.of(
            "pending", Set.of("in_progress", "cancelled", "on_hold"),
            "in_progress", Set.of("completed", "on_hold", "cancelled"),
            "on_hold", Set.of("in_progress", "cancelled"),
            "completed", Set.of(),
            "cancelled", Set.of());

    private StatusTransitions() {
    }

    /** Whether a record in status {@code from} may move to {@code to} (staying put is not a transition). */
    static boolean allowed(String from, String to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }
}
