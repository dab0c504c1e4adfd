package com.bantu.business.comment;

import com.bantu.business.support.Lang;
import java.time.LocalDateTime;

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
