package com.bantu.business.file;

import com.bantu.business.support.Lang;
import java.time.LocalDateTime;

public record FileResponse(String id, String orderId, String orderItemId, String orderStageId, String fileCategory,
                           String fileName, String fileNameZh, String fileNameId, String fileType,
                           String filePath, String fileUrl, long fileSize, String mimeType, String sha256,
                           String description, boolean isRequired, boolean isVerified, String verifiedBy,
                           String verifiedByName, LocalDateTime verifiedAt, String uploadedBy,
                           String uploadedByName, LocalDateTime createdAt, LocalDateTime updatedAt) {
    static FileResponse of(OrderFile f, String prefix, String lang, java.util.Map<String, String> names) {
        String url = prefix + "/orders/" + f.orderId + "/files/" + f.getId() + "/download";
        return new FileResponse(f.getId(), f.orderId, f.orderItemId, f.orderStageId, f.fileCategory,
                f.fileName, f.fileNameZh, f.fileNameId, f.fileType, f.storageKey, url, f.fileSize, f.mimeType,
                f.sha256, Lang.pick(lang, f.descriptionZh, f.descriptionId), f.isRequired, f.isVerified,
                f.verifiedBy, names.get(f.verifiedBy), f.verifiedAt, f.uploadedBy, names.get(f.uploadedBy),
                f.getCreatedAt(), f.getUpdatedAt());
    }
}
