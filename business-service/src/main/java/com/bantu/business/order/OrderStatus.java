package com.bantu.business.order;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Order statuses and their transitions: submitted → approved (the approval's outcome only) → assigned (by the
 * assign call) → processing → completed; every non-final status → cancelled. completed and cancelled are final.
 * Imported legacy codes: {@code in_progress} is read as processing; draft, pending_review and on_hold may only be
 * cancelled.
 */
public final class OrderStatus {

    public static final String SUBMITTED = "submitted";
    public static final String APPROVED = "approved";
    public static final String ASSIGNED = "assigned";
    public static final String PROCESSING = "processing";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";

    public static final List<String> ALL = List.of("draft", SUBMITTED, APPROVED, ASSIGNED, PROCESSING, "in_progress",
            "pending_review", "on_hold", COMPLETED, CANCELLED);

    private static final Map<String, Set<String>> NEXT = Map.of(
            SUBMITTED, Set.of(APPROVED, CANCELLED),
            APPROVED, Set.of(ASSIGNED, CANCELLED),
            ASSIGNED, Set.of(PROCESSING, CANCELLED),
            PROCESSING, Set.of(COMPLETED, CANCELLED),
            "draft", Set.of(CANCELLED),
            "pending_review", Set.of(CANCELLED),
            "on_hold", Set.of(CANCELLED));

    private static final Map<String, String> NAMES_ZH = Map.of("draft", "草稿", SUBMITTED, "已提交", APPROVED, "已审批",
            ASSIGNED, "已分配", PROCESSING, "处理中", "pending_review", "待审核", COMPLETED, "已完成", CANCELLED, "已取消",
            "on_hold", "暂停");
    private static final Map<String, String> NAMES_ID = Map.of("draft", "Draf", SUBMITTED, "Diajukan", APPROVED,
            "Disetujui", ASSIGNED, "Ditugaskan", PROCESSING, "Diproses", "pending_review", "Menunggu Tinjauan",
            COMPLETED, "Selesai", CANCELLED, "Dibatalkan", "on_hold", "Ditunda");

    private OrderStatus() {
    }

    public static String name(String code, String lang) {
        String c = normalize(code);
        return com.bantu.business.support.Lang.indonesian(lang) ? NAMES_ID.get(c) : NAMES_ZH.get(c);
    }

    public static String normalize(String code) {
        return "in_progress".equals(code) ? PROCESSING : code;
    }

    public static boolean isFinal(String code) {
        return COMPLETED.equals(code) || CANCELLED.equals(code);
    }

    public static boolean allowed(String from, String to) {
        return NEXT.getOrDefault(normalize(from), Set.of()).contains(normalize(to));
    }

    /** Position in the happy path (a late event never moves an order backwards). */
    public static int rank(String code) {
        return switch (normalize(code)) {
            case SUBMITTED -> 1;
            case APPROVED -> 2;
            case ASSIGNED -> 3;
            case PROCESSING -> 4;
            case COMPLETED, CANCELLED -> 5;
            default -> 0;
        };
    }
}
