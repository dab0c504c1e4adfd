package com.bantu.servicemanagement.lookup;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

public final class LookupDtos {

    private LookupDtos() {
    }

    /** Create: name required, code optional and unique. Update: a null field is left unchanged. */
    public record LookupRequest(
            @Size(min = 1, max = 100) String code,
            @NotBlank(groups = OnCreate.class) @Size(min = 1, max = 255) String name,
            String description,
            Integer displayOrder,
            Boolean isActive) {
    }

    public record LookupResponse(String id, String code, String name, String description, int displayOrder,
                                 boolean isActive, LocalDateTime createdAt, LocalDateTime updatedAt) {

        static LookupResponse of(LookupEntity e) {
            return new LookupResponse(e.getId(), e.code, e.name, e.description, e.displayOrder, e.isActive,
                    e.getCreatedAt(), e.getUpdatedAt());
        }
    }
}
