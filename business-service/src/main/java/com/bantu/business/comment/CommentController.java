package com.bantu.business.comment;

import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "order comments")
@RestController
@RequestMapping({"/api/business/orders/{orderId}/comments", "/api/order-workflow/orders/{orderId}/comments"})
@PreAuthorize(Roles.ORDER_VIEW)
public class CommentController {

    private final CommentService service;

    public CommentController(CommentService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<ItemsPage<CommentResponse>> list(@PathVariable String orderId,
                                                        @RequestParam(required = false) Integer page,
                                                        @RequestParam(required = false) Integer size,
                                                        @RequestParam(name = "is_internal", required = false)
                                                        Boolean isInternal,
                                                        @RequestParam(name = "order_stage_id", required = false)
                                                        String stageId,
                                                        @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.list(orderId, isInternal, stageId, PageQuery.of(page, size), lang));
    }

    @GetMapping("/{id}")
    public ApiResponse<CommentResponse> get(@PathVariable String orderId, @PathVariable String id,
                                            @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.get(orderId, id, lang));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ORDER_COMMENT)
    public ApiResponse<CommentResponse> create(@PathVariable String orderId, @Valid @RequestBody CommentRequest r,
                                               @RequestParam(required = false) String lang) {
        return ApiResponse.ok("评论创建成功", service.create(orderId, r, lang));
    }

    @PostMapping("/{id}/reply")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ORDER_COMMENT)
    public ApiResponse<CommentResponse> reply(@PathVariable String orderId, @PathVariable String id,
                                              @Valid @RequestBody CommentRequest r,
                                              @RequestParam(required = false) String lang) {
        AuditChanges.created(); // the path makes it an update of the comment replied to: record the reply's fields
        return ApiResponse.ok("回复成功", service.reply(orderId, id, r, lang));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.ORDER_COMMENT)
    public ApiResponse<CommentResponse> update(@PathVariable String orderId, @PathVariable String id,
                                               @Valid @RequestBody CommentRequest r,
                                               @RequestParam(required = false) String lang) {
        AuditChanges.before(() -> service.get(orderId, id, lang));
        return ApiResponse.ok("评论更新成功", service.update(orderId, id, r, lang));
    }

    @PostMapping("/{id}/pin")
    @PreAuthorize(Roles.ORDER_COMMENT)
    public ApiResponse<CommentResponse> pin(@PathVariable String orderId, @PathVariable String id,
                                            @Valid @RequestBody PinRequest r,
                                            @RequestParam(required = false) String lang) {
        AuditChanges.before(() -> service.get(orderId, id, lang));
        return ApiResponse.ok(service.pin(orderId, id, r.isPinned(), lang));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.ORDER_COMMENT)
    public ApiResponse<Void> delete(@PathVariable String orderId, @PathVariable String id) {
        AuditChanges.before(() -> service.get(orderId, id, null));
        service.delete(orderId, id);
        return ApiResponse.ok("评论已删除", null);
    }
}
