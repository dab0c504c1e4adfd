package com.bantu.business.file;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an order accepts, each recognised by its leading bytes (magic number), never by the name or the
 * browser's declared content type alone: PDF, PNG, JPEG, the OOXML (zip) formats docx/xlsx and the legacy OLE
 * formats doc/xls.
 */
enum FileKind {

    PDF("application/pdf", "pdf", List.of("pdf"), new int[] {0x25, 0x50, 0x44, 0x46}),
    PNG("image/png", "image", List.of("png"), new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "image", List.of("jpg", "jpeg"), new int[] {0xFF, 0xD8, 0xFF}),
    OOXML(null, null, List.of("docx", "xlsx"), new int[] {0x50, 0x4B, 0x03, 0x04}),
    OLE(null, null, List.of("doc", "xls"), new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1});

    static final int HEADER = 8;
    static final List<String> EXTENSIONS = List.of("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "doc", "xls");

    private final String mime;
    private final String fileType;
    private final List<String> extensions;
    private final int[] magic;

    FileKind(String mime, String fileType, List<String> extensions, int[] magic) {
        this.mime = mime;
        this.fileType = fileType;
        this.extensions = extensions;
        this.magic = magic;
    }

    /** The kind whose magic number starts {@code head}, if any. */
    static Optional<FileKind> sniff(byte[] head, int length) {
        return Arrays.stream(values()).filter(k -> k.matches(head, length)).findFirst();
    }

    private boolean matches(byte[] head, int length) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    boolean allows(String extension) {
        return extensions.contains(extension);
    }

    /** The content type served on download for a file of this kind with this extension. */
    String mimeFor(String extension) {
        if (mime != null) {
            return mime;
        }
        return switch (extension) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "doc" -> "application/msword";
            default -> "application/vnd.ms-excel";
        };
    }

    String fileTypeFor(String extension) {
        if (fileType != null) {
            return fileType;
        }
        return extension.startsWith("xls") ? "excel" : "doc";
    }

    static String extension(String filename) {
        if (filename == null) {
            return null;
        }
        int dot = filename.lastIndexOf('.');
        if (dot < 0 || dot == filename.length() - 1) {
            return null;
        }
        return filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
