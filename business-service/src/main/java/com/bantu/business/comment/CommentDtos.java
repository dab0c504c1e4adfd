package com.bantu.business.comment;

import com.bantu.business.support.Lang;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

public final class CommentDtos {

    private CommentDtos() {
    }

    /** Create, reply and partial update: {@code content} lands in the {@code lang} column (zh by default). */
    public record CommentRequest(String content, String contentZh, String contentId, Boolean isInternal,
                                 Boolean isPinned, @Size(max = 50) String commentType,
                                 @Size(max = 36) String orderStageId) {
    }

    public record PinRequest(@NotNull Boolean isPinned) {
    }

    public record CommentResponse(String id, String orderId, String orderStageId, String commentType, String content,
                                  String contentZh, String contentId, boolean isInternal, boolean isPinned,
                                  String repliedToCommentId, String createdBy, String createdByName,
                                  LocalDateTime createdAt, LocalDateTime updatedAt) {
        static CommentResponse of(OrderComment c, String lang, String createdByName) {
            return new CommentResponse(c.getId(), c.orderId, c.orderStageId, c.commentType,
                    Lang.pick(lang, c.contentZh, c.contentId), c.contentZh, c.contentId, c.isInternal, c.isPinned,
                    c.repliedToCommentId, c.createdBy, createdByName, c.getCreatedAt(), c.getUpdatedAt());
        }
    }
}
