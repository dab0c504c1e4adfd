package com.bantu.business.comment;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A comment on an order, optionally a reply to another comment of the same order. */
@Entity
@Table(name = "order_comments")
public class OrderComment extends BaseEntity {

    String orderId;
    String orderStageId;
    String commentType = "general";
    String contentZh;
    String contentId;
    boolean isInternal;
    boolean isPinned;
    String repliedToCommentId;
    String createdBy;
}
