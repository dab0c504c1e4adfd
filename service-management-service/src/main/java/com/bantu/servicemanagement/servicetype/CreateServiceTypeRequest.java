package com.bantu.servicemanagement.servicetype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdateServiceTypeRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreateServiceTypeRequest(
        @NotBlank @Size(min = 1, max = 50) String code,
        @NotBlank @Size(min = 1, max = 255) String name,
        @Size(max = 255) String nameEn,
        String description,
        Integer displayOrder,
        Boolean isActive) {

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdateServiceTypeRequest asUpdate() {
        return new UpdateServiceTypeRequest(code, name, nameEn, description, displayOrder, isActive);
    }
}
