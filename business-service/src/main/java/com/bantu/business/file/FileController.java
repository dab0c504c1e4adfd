package com.bantu.business.file;

import com.bantu.common.security.Roles;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "order files")
@RestController
@RequestMapping({"/api/business/orders/{orderId}", "/api/order-workflow/orders/{orderId}"})
@PreAuthorize(Roles.ORDER_VIEW)
public class FileController {

    private static final String ALIAS = "/api/order-workflow";

    private final FileService service;

    public FileController(FileService service) {
        this.service = service;
    }

    private static String prefix(HttpServletRequest req) {
        return req.getRequestURI().startsWith(ALIAS) ? ALIAS : "/api/business";
    }

    @GetMapping("/files")
    public ApiResponse<ItemsPage<FileResponse>> list(@PathVariable String orderId,
                                                     @RequestParam(required = false) Integer page,
                                                     @RequestParam(required = false) Integer size,
                                                     @RequestParam(name = "stage_id", required = false) String stageId,
                                                     @RequestParam(name = "item_id", required = false) String itemId,
                                                     @RequestParam(required = false) String category,
                                                     @RequestParam(required = false) String lang,
                                                     HttpServletRequest req) {
        return ApiResponse.ok(service.list(orderId, new FileService.Filter(stageId, itemId, category),
                PageQuery.of(page, size), prefix(req), lang));
    }

    @GetMapping("/items/{itemId}/files")
    public ApiResponse<List<FileResponse>> ofItem(@PathVariable String orderId, @PathVariable String itemId,
                                                  @RequestParam(required = false) String lang,
                                                  HttpServletRequest req) {
        return ApiResponse.ok(service.listAll(orderId, new FileService.Filter(null, itemId, null), prefix(req), lang));
    }

    @GetMapping("/stages/{stageId}/files")
    public ApiResponse<List<FileResponse>> ofStage(@PathVariable String orderId, @PathVariable String stageId,
                                                   @RequestParam(required = false) String lang,
                                                   HttpServletRequest req) {
        return ApiResponse.ok(service.listAll(orderId, new FileService.Filter(stageId, null, null), prefix(req),
                lang));
    }

    @GetMapping("/files/{id}")
    public ApiResponse<FileResponse> get(@PathVariable String orderId, @PathVariable String id,
                                         @RequestParam(required = false) String lang, HttpServletRequest req) {
        return ApiResponse.ok(service.get(orderId, id, prefix(req), lang));
    }

    @PostMapping(value = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.ORDER_UPLOAD)
    public ApiResponse<FileResponse> upload(@PathVariable String orderId,
                                            @RequestPart("file") MultipartFile file,
                                            @RequestParam(name = "file_category", required = false) String category,
                                            @RequestParam(required = false) String description,
                                            @RequestParam(name = "order_item_id", required = false) String itemId,
                                            @RequestParam(name = "order_stage_id", required = false) String stageId,
                                            @RequestParam(name = "is_required", required = false) Boolean isRequired,
                                            @RequestParam(required = false) String lang, HttpServletRequest req) {
        return ApiResponse.ok("文件上传成功", service.upload(orderId, file, category, description, itemId, stageId,
                isRequired, prefix(req), lang));
    }

    @PutMapping("/files/{id}")
    @PreAuthorize(Roles.ORDER_UPLOAD)
    public ApiResponse<FileResponse> update(@PathVariable String orderId, @PathVariable String id,
                                            @Valid @RequestBody UpdateRequest r,
                                            @RequestParam(required = false) String lang, HttpServletRequest req) {
        return ApiResponse.ok(service.update(orderId, id, r, prefix(req), lang));
    }

    @DeleteMapping("/files/{id}")
    @PreAuthorize(Roles.ORDER_UPLOAD)
    public ApiResponse<Void> delete(@PathVariable String orderId, @PathVariable String id) {
        service.delete(orderId, id);
        return ApiResponse.ok("文件已删除", null);
    }

    @PostMapping("/files/{id}/verify")
    @PreAuthorize(Roles.ADMIN)
    public ApiResponse<FileResponse> verify(@PathVariable String orderId, @PathVariable String id,
                                            @Valid @RequestBody VerifyRequest r,
                                            @RequestParam(required = false) String lang, HttpServletRequest req) {
        return ApiResponse.ok(service.verify(orderId, id, r.isVerified(), prefix(req), lang));
    }

    /** The bytes, streamed from the files directory, as an attachment with the original name. */
    @GetMapping("/files/{id}/download")
    public ResponseEntity<Resource> download(@PathVariable String orderId, @PathVariable String id) {
        FileService.Download d = service.download(orderId, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mimeType()))
                .contentLength(d.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(d.path()));
    }
}
