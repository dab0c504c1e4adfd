package com.bantu.finance.collection;

/** Sent to business-service's notifications after the transaction that made it commits. */
public record Notify(String userId, String title, String content, String taskId) {
}
