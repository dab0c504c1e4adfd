package com.bantu.workflow.definition;

import jakarta.validation.constraints.Size;

/** {@code is_active=false} suspends the version: no new instances; running ones continue. */
public record UpdateRequest(@Size(min = 1, max = 255) String nameZh, @Size(min = 1, max = 255) String nameId,
                            @Size(max = 5000) String descriptionZh, @Size(max = 5000) String descriptionId,
                            Boolean isActive) {
}
