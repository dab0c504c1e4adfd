package com.bantu.foundation.audit;

/** The export: the whole file as one string, its MIME type and format. */
public record AuditLogExport(String content, String mimeType, String format) {
}
