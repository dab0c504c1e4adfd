package com.bantu.business.file;

import jakarta.validation.constraints.Size;

public record UpdateRequest(@Size(max = 100) String fileCategory, @Size(max = 255) String fileName,
                            @Size(max = 255) String fileNameZh, @Size(max = 255) String fileNameId,
                            String description, String descriptionZh, String descriptionId, Boolean isRequired) {
}
