package com.bantu.business.opportunity;

import java.time.LocalDateTime;

public record NoteResponse(String id, String opportunityId, String noteType, String content, boolean isImportant,
                           String createdBy, String createdByName, LocalDateTime createdAt) {
}
