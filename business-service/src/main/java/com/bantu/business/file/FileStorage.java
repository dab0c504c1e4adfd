package com.bantu.business.file;

import com.bantu.common.error.ApiException;
import com.bantu.common.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Order files on a filesystem directory ({@code bantu.files.dir}: a volume in compose, a PersistentVolumeClaim in
 * Kubernetes), one sub-directory per order. An upload is streamed to a temporary file while its size is counted
 * (over {@code bantu.files.max-size}: 413), its SHA-256 computed and its first bytes compared with the claimed
 * type; only a file that passes is moved into place, so a refused upload leaves nothing behind.
 */
@Component
public class FileStorage {

    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);

    public record Stored(String key, long size, String sha256, String mimeType, String fileType) {
    }

    private final Path root;
    private final long maxSize;

    public FileStorage(@Value("${bantu.files.dir}") String dir, @Value("${bantu.files.max-size:20MB}") DataSize max) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.maxSize = max.toBytes();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("bantu.files.dir " + root + " cannot be created", e);
        }
    }

    public long maxSize() {
        return maxSize;
    }

    /** Checks and stores the upload as {@code order_<orderId>/<fileId>.<ext>}; 400 / 413 leave no file. */
    public Stored store(String orderId, String fileId, String originalName, String declaredType, InputStream in) {
        String ext = FileKind.extension(originalName);
        if (ext == null || !FileKind.EXTENSIONS.contains(ext)) {
            throw ValidationException.of("file", "file name must end in one of ." + String.join(", .",
                    FileKind.EXTENSIONS));
        }
        Path dir = root.resolve("order_" + safe(orderId));
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[FileKind.HEADER];
            int headLength = 0;
            long size = 0;
            try (InputStream digesting = new DigestInputStream(in, sha);
                 OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = digesting.read(buf)) > 0) {
                    if (headLength < head.length) {
                        int take = Math.min(head.length - headLength, n);
                        System.arraycopy(buf, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += n;
                    if (size > maxSize) {
                        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE,
                                "文件过大 (limit " + DataSize.ofBytes(maxSize).toKilobytes() + " KB)");
                    }
                    out.write(buf, 0, n);
                }
            }
            if (size == 0) {
                throw ValidationException.of("file", "file is empty");
            }
            int length = headLength;
            FileKind kind = FileKind.sniff(head, length)
                    .orElseThrow(() -> ValidationException.of("file", "content is not a pdf, image, Word or Excel file"));
            if (!kind.allows(ext)) {
                throw ValidationException.of("file", "content (" + kind.name().toLowerCase() + ") does not match the ."
                        + ext + " extension");
            }
            String mime = kind.mimeFor(ext);
            if (declaredType != null && !declaredType.isBlank() && !declaredType.startsWith("application/octet-stream")
                    && !declaredType.equalsIgnoreCase(mime)) {
                throw ValidationException.of("file", "declared content type " + declaredType
                        + " does not match the content (" + mime + ")");
            }
            String key = "order_" + safe(orderId) + "/" + safe(fileId) + "." + ext;
            Files.move(tmp, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return new Stored(key, size, HexFormat.of().formatHex(sha.digest()), mime, kind.fileTypeFor(ext));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    public Path path(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("storage key outside the files directory");
        }
        return p;
    }

    public void delete(String key) {
        deleteQuietly(path(key));
    }

    /** Removes an order's directory and everything in it (after the order was deleted). */
    public void deleteOrder(String orderId) {
        Path dir = root.resolve("order_" + safe(orderId));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(FileStorage::deleteQuietly);
        } catch (IOException e) {
            log.warn("[FileStorage] deleteOrder {} - failure: {}", orderId, e.getMessage());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("[FileStorage] could not delete {}: {}", p, e.getMessage());
        }
    }

    private static String safe(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("bad id");
        }
        return id;
    }
}
