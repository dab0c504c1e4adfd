package com.bantu.business.file;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A file attached to an order; the bytes live in {@link FileStorage} under {@code storageKey}. */
@Entity
@Table(name = "order_files")
public class OrderFile extends BaseEntity {

    String orderId;
    String orderItemId;
    String orderStageId;
    String fileCategory;
    String fileName;
    String fileNameZh;
    String fileNameId;
    String fileType;
    String storageKey;
    long fileSize;
    String mimeType;
    String sha256;
    String descriptionZh;
    String descriptionId;
    boolean isRequired;
    boolean isVerified;
    String verifiedBy;
    LocalDateTime verifiedAt;
    String uploadedBy;
}
