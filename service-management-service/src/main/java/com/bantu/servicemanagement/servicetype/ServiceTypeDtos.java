package com.bantu.servicemanagement.servicetype;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

public final class ServiceTypeDtos {

    private ServiceTypeDtos() {
    }

    /** Create: code and name required. Update: a null field is left unchanged; a new code must stay unique. */
    public record ServiceTypeRequest(
            @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 50) String code,
            @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String name,
            @Size(max = 255) String nameEn,
            String description,
            Integer displayOrder,
            Boolean isActive) {
    }

    public record ServiceTypeResponse(String id, String code, String name, String nameEn, String description,
                                      int displayOrder, boolean isActive, LocalDateTime createdAt,
                                      LocalDateTime updatedAt) {

        static ServiceTypeResponse of(ServiceType t) {
            return new ServiceTypeResponse(t.getId(), t.code, t.name, t.nameEn, t.description, t.displayOrder,
                    t.isActive, t.getCreatedAt(), t.getUpdatedAt());
        }
    }
}
