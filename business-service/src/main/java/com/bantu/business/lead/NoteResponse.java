package com.bantu.business.lead;

import java.time.LocalDateTime;

public record NoteResponse(String id, String leadId, String noteType, String content, boolean isImportant,
                           String createdBy, String createdByName, LocalDateTime createdAt) {
}
