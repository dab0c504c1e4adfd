package com.bantu.business.comment;

import com.bantu.business.order.OrderService;
import com.bantu.business.remote.Foundation;
import com.bantu.business.support.Lang;
import com.bantu.business.support.Params;
import com.bantu.business.support.Scope;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments nested under an order: whoever may read the order reads and writes its comments; only the author or an
 * ADMIN edits or deletes one. Lists show pinned comments first, then the newest. A reply belongs to its parent's
 * order (404 when the parent is another order's) and is never pinned.
 */
@Service
public class CommentService {

    public static final String NOT_FOUND = "评论不存在";
    static final List<String> TYPES = List.of("general", "internal", "customer", "system");

    private final OrderCommentRepository comments;
    private final OrderService orders;
    private final Foundation foundation;

    public CommentService(OrderCommentRepository comments, OrderService orders, Foundation foundation) {
        this.comments = comments;
        this.orders = orders;
        this.foundation = foundation;
    }

    @Transactional(readOnly = true)
    public ItemsPage<CommentResponse> list(String orderId, Boolean isInternal, String stageId, PageQuery page,
                                           String lang) {
        orders.requireReadable(orderId);
        Specification<OrderComment> spec = Specification.allOf(Specs.eq("orderId", orderId),
                Specs.eq("isInternal", isInternal), Specs.eq("orderStageId", stageId));
        Page<OrderComment> result = comments.findAll(spec, page.toPageable(Sort.by(Sort.Direction.DESC, "isPinned")
                .and(Sort.by(Sort.Direction.DESC, "createdAt")).and(Sort.by(Sort.Direction.DESC, "id"))));
        Map<String, String> names = foundation.names(result.getContent().stream().map(c -> c.createdBy).toList());
        return ItemsPage.of(result, page, c -> CommentResponse.of(c, lang, names.get(c.createdBy)));
    }

    @Transactional(readOnly = true)
    public CommentResponse get(String orderId, String id, String lang) {
        orders.requireReadable(orderId);
        return response(require(orderId, id), lang);
    }

    @Transactional
    public CommentResponse create(String orderId, CommentRequest r, String lang) {
        orders.requireReadable(orderId);
        OrderComment c = new OrderComment();
        c.orderId = orderId;
        c.createdBy = Scope.current().userId();
        apply(r, c, lang);
        c.isPinned = Boolean.TRUE.equals(r.isPinned());
        requireContent(c);
        comments.saveAndFlush(c);
        return response(c, lang);
    }

    @Transactional
    public CommentResponse reply(String orderId, String parentId, CommentRequest r, String lang) {
        orders.requireReadable(orderId);
        OrderComment parent = require(orderId, parentId);
        OrderComment c = new OrderComment();
        c.orderId = parent.orderId;
        c.orderStageId = parent.orderStageId;
        c.repliedToCommentId = parent.getId();
        c.createdBy = Scope.current().userId();
        apply(r, c, lang);
        c.isPinned = false;
        requireContent(c);
        comments.saveAndFlush(c);
        return response(c, lang);
    }

    @Transactional
    public CommentResponse update(String orderId, String id, CommentRequest r, String lang) {
        orders.requireReadable(orderId);
        OrderComment c = requireOwn(orderId, id);
        apply(r, c, lang);
        if (r.isPinned() != null) {
            c.isPinned = r.isPinned() && c.repliedToCommentId == null;
        }
        requireContent(c);
        comments.saveAndFlush(c);
        return response(c, lang);
    }

    @Transactional
    public CommentResponse pin(String orderId, String id, boolean pinned, String lang) {
        orders.requireReadable(orderId);
        OrderComment c = requireOwn(orderId, id);
        if (pinned && c.repliedToCommentId != null) {
            throw ValidationException.of("is_pinned", "a reply cannot be pinned");
        }
        c.isPinned = pinned;
        comments.saveAndFlush(c);
        return response(c, lang);
    }

    @Transactional
    public void delete(String orderId, String id) {
        orders.requireReadable(orderId);
        comments.delete(requireOwn(orderId, id));
    }

    private OrderComment require(String orderId, String id) {
        return comments.findById(id).filter(c -> c.orderId.equals(orderId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private OrderComment requireOwn(String orderId, String id) {
        OrderComment c = require(orderId, id);
        Scope s = Scope.current();
        if (!s.admin() && !s.userId().equals(c.createdBy)) {
            throw new ForbiddenException("只有评论作者或管理员可以修改该评论");
        }
        return c;
    }

    private static void apply(CommentRequest r, OrderComment c, String lang) {
        if (r.content() != null) {
            if (Lang.indonesian(lang)) {
                c.contentId = r.content();
            } else {
                c.contentZh = r.content();
            }
        }
        if (r.contentZh() != null) {
            c.contentZh = r.contentZh();
        }
        if (r.contentId() != null) {
            c.contentId = r.contentId();
        }
        if (r.isInternal() != null) {
            c.isInternal = r.isInternal();
        }
        if (r.commentType() != null) {
            c.commentType = Params.oneOf("comment_type", r.commentType(), TYPES);
        }
        if (r.orderStageId() != null) {
            c.orderStageId = r.orderStageId().isBlank() ? null : r.orderStageId();
        }
    }

    private static void requireContent(OrderComment c) {
        boolean zh = c.contentZh != null && !c.contentZh.isBlank();
        boolean id = c.contentId != null && !c.contentId.isBlank();
        if (!zh && !id) {
            throw ValidationException.of("content", "must not be blank");
        }
    }

    private CommentResponse response(OrderComment c, String lang) {
        return CommentResponse.of(c, lang, foundation.name(c.createdBy));
    }
}
