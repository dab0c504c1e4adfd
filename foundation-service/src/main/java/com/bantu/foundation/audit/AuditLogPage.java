package com.bantu.foundation.audit;

import java.util.List;

/** The audit page's paging shape: {@code {records, total, size, page, pages}}. */
public record AuditLogPage(List<AuditLogResponse> records, long total, int size, int page, long pages) {
}
