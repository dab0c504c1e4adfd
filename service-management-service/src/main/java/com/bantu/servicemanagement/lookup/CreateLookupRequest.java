package com.bantu.servicemanagement.lookup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdateLookupRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreateLookupRequest(
        @Size(min = 1, max = 100) String code,
        @NotBlank @Size(min = 1, max = 255) String name,
        @Size(max = 255) String nameZh,
        @Size(max = 255) String nameId,
        String description,
        Integer displayOrder,
        Boolean isActive) {

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdateLookupRequest asUpdate() {
        return new UpdateLookupRequest(code, name, nameZh, nameId, description, displayOrder, isActive);
    }
}
