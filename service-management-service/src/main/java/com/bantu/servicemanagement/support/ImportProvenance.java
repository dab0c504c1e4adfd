package com.bantu.servicemanagement.support;

import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * Where an imported record came from in the original system: its external ids, owner and author names and the
 * source's own timestamps. Customers, products and service records embed it (the same twelve columns in each
 * table). It is written by imports only: request bodies do not carry it, responses show it flat (unwrapped).
 */
@Embeddable
public record ImportProvenance(
        String idExternal,
        String ownerIdExternal,
        String ownerName,
        String createdByExternal,
        String createdByName,
        String updatedByExternal,
        String updatedByName,
        LocalDateTime createdAtSrc,
        LocalDateTime updatedAtSrc,
        LocalDateTime lastActionAtSrc,
        String linkedModule,
        String linkedIdExternal) {

    public static final ImportProvenance NONE = new ImportProvenance(null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** JPA loads an embedded value whose columns are all NULL as null; responses still show every field. */
    public static ImportProvenance orEmpty(ImportProvenance value) {
        return value == null ? NONE : value;
    }
}
