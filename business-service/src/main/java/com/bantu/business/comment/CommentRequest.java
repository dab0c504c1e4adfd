package com.bantu.business.comment;

import jakarta.validation.constraints.Size;

/** Create, reply and partial update: {@code content} lands in the {@code lang} column (zh by default). */
public record CommentRequest(String content, String contentZh, String contentId, Boolean isInternal,
                             Boolean isPinned, @Size(max = 50) String commentType,
                             @Size(max = 36) String orderStageId) {
}
