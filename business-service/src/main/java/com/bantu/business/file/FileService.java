package com.bantu.business.file;

import com.bantu.business.order.OrderDeleted;
import com.bantu.business.order.OrderService;
import com.bantu.business.remote.Foundation;
import com.bantu.business.support.Lang;
import com.bantu.business.support.Params;
import com.bantu.business.support.Scope;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.persistence.Specs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files of an order: whoever may read the order lists and downloads them; whoever may change it uploads, edits and
 * deletes them (ADMIN or the uploader for edit/delete); only an ADMIN verifies. The bytes are written before the
 * database row and removed again when the row cannot be written; a deleted row's bytes go after the commit.
 */
@Service
public class FileService {

    public static final String NOT_FOUND = "文件不存在";
    static final List<String> CATEGORIES = List.of("passport", "visa", "document", "other");

    private final OrderFileRepository files;
    private final FileStorage storage;
    private final OrderService orders;
    private final Foundation foundation;
    private final TransactionTemplate tx;

    public FileService(OrderFileRepository files, FileStorage storage, OrderService orders, Foundation foundation,
                       PlatformTransactionManager txManager) {
        this.files = files;
        this.storage = storage;
        this.orders = orders;
        this.foundation = foundation;
        this.tx = new TransactionTemplate(txManager);
    }

    public record Filter(String stageId, String itemId, String category) {
    }

    @Transactional(readOnly = true)
    public ItemsPage<FileResponse> list(String orderId, Filter f, PageQuery page, String prefix, String lang) {
        orders.requireReadable(orderId);
        Page<OrderFile> result = files.findAll(spec(orderId, f), page.toPageable(
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        Map<String, String> names = names(result.getContent());
        return ItemsPage.of(result, page, x -> FileResponse.of(x, prefix, lang, names));
    }

    @Transactional(readOnly = true)
    public List<FileResponse> listAll(String orderId, Filter f, String prefix, String lang) {
        orders.requireReadable(orderId);
        List<OrderFile> list = files.findAll(spec(orderId, f), Sort.by(Sort.Direction.DESC, "createdAt"));
        Map<String, String> names = names(list);
        return list.stream().map(x -> FileResponse.of(x, prefix, lang, names)).toList();
    }

    @Transactional(readOnly = true)
    public FileResponse get(String orderId, String id, String prefix, String lang) {
        orders.requireReadable(orderId);
        OrderFile f = require(orderId, id);
        return FileResponse.of(f, prefix, lang, names(List.of(f)));
    }

    public FileResponse upload(String orderId, MultipartFile file, String category, String description,
                               String itemId, String stageId, Boolean isRequired, String prefix, String lang) {
        orders.requireWritable(orderId);
        String cat = category == null || category.isBlank() ? "other"
                : Params.oneOf("file_category", category, CATEGORIES);
        if (file == null || file.isEmpty()) {
            throw com.bantu.common.error.ValidationException.of("file", "a non-empty file is required");
        }
        String id = UUID.randomUUID().toString();
        FileStorage.Stored stored;
        try (InputStream in = file.getInputStream()) {
            stored = storage.store(orderId, id, file.getOriginalFilename(), file.getContentType(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return tx.execute(st -> {
                orders.lockWritable(orderId);
                OrderFile f = new OrderFile();
                f.setId(id);
                f.orderId = orderId;
                f.orderItemId = blankToNull(itemId);
                f.orderStageId = blankToNull(stageId);
                f.fileCategory = cat;
                f.fileName = Path.of(file.getOriginalFilename()).getFileName().toString();
                f.fileType = stored.fileType();
                f.storageKey = stored.key();
                f.fileSize = stored.size();
                f.mimeType = stored.mimeType();
                f.sha256 = stored.sha256();
                if (description != null) {
                    if (Lang.indonesian(lang)) {
                        f.descriptionId = description;
                    } else {
                        f.descriptionZh = description;
                    }
                }
                f.isRequired = Boolean.TRUE.equals(isRequired);
                f.uploadedBy = Scope.current().userId();
                files.saveAndFlush(f);
                return FileResponse.of(f, prefix, lang, names(List.of(f)));
            });
        } catch (RuntimeException e) {
            storage.delete(stored.key());
            throw e;
        }
    }

    @Transactional
    public FileResponse update(String orderId, String id, UpdateRequest r, String prefix, String lang) {
        orders.requireWritable(orderId);
        OrderFile f = requireOwn(orderId, id);
        if (r.fileCategory() != null) {
            f.fileCategory = Params.oneOf("file_category", r.fileCategory(), CATEGORIES);
        }
        if (r.fileName() != null && !r.fileName().isBlank()) {
            f.fileName = r.fileName().trim();
        }
        if (r.fileNameZh() != null) {
            f.fileNameZh = r.fileNameZh();
        }
        if (r.fileNameId() != null) {
            f.fileNameId = r.fileNameId();
        }
        if (r.description() != null) {
            if (Lang.indonesian(lang)) {
                f.descriptionId = r.description();
            } else {
                f.descriptionZh = r.description();
            }
        }
        if (r.descriptionZh() != null) {
            f.descriptionZh = r.descriptionZh();
        }
        if (r.descriptionId() != null) {
            f.descriptionId = r.descriptionId();
        }
        if (r.isRequired() != null) {
            f.isRequired = r.isRequired();
        }
        files.saveAndFlush(f);
        return FileResponse.of(f, prefix, lang, names(List.of(f)));
    }

    @Transactional
    public FileResponse verify(String orderId, String id, boolean verified, String prefix, String lang) {
        orders.requireReadable(orderId);
        OrderFile f = require(orderId, id);
        f.isVerified = verified;
        f.verifiedBy = verified ? Scope.current().userId() : null;
        f.verifiedAt = verified ? LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) : null;
        files.saveAndFlush(f);
        return FileResponse.of(f, prefix, lang, names(List.of(f)));
    }

    @Transactional
    public void delete(String orderId, String id) {
        orders.requireWritable(orderId);
        OrderFile f = requireOwn(orderId, id);
        files.delete(f);
        String key = f.storageKey;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storage.delete(key);
            }
        });
    }

    /** The stored bytes of a file the caller may read. */
    @Transactional(readOnly = true)
    public Download download(String orderId, String id) {
        orders.requireReadable(orderId);
        OrderFile f = require(orderId, id);
        return new Download(storage.path(f.storageKey), f.fileName, f.mimeType, f.fileSize);
    }

    public record Download(Path path, String fileName, String mimeType, long size) {
    }

    /** An order's files go with it (the rows by the database's cascade, the bytes here, after the commit). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void orderDeleted(OrderDeleted e) {
        storage.deleteOrder(e.orderId());
    }

    private OrderFile require(String orderId, String id) {
        return files.findById(id).filter(f -> f.orderId.equals(orderId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private OrderFile requireOwn(String orderId, String id) {
        OrderFile f = require(orderId, id);
        Scope s = Scope.current();
        if (!s.admin() && !s.userId().equals(f.uploadedBy)) {
            throw new ForbiddenException("只有上传人或管理员可以修改该文件");
        }
        return f;
    }

    private static Specification<OrderFile> spec(String orderId, Filter f) {
        return Specification.allOf(Specs.eq("orderId", orderId), Specs.eq("orderStageId", f.stageId()),
                Specs.eq("orderItemId", f.itemId()), Specs.eq("fileCategory", f.category()));
    }

    private Map<String, String> names(List<OrderFile> list) {
        return foundation.names(list.stream().flatMap(f -> Stream.of(f.uploadedBy, f.verifiedBy)).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
