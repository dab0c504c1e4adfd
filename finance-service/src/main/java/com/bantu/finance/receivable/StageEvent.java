package com.bantu.finance.receivable;

/**
 * Published (in-process, inside the transaction that changed the stage) when a stage becomes paid or is cancelled
 * or removed, so open collection tasks of the stage are completed or cancelled in the same transaction.
 */
public record StageEvent(String stageId, String orderId, Kind kind) {

    public enum Kind { PAID, CANCELLED }
}
