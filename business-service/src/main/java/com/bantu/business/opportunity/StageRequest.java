package com.bantu.business.opportunity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record StageRequest(@NotBlank @Size(max = 50) String stage, Integer position) {
}
