package com.bantu.business.opportunity;

import jakarta.validation.constraints.NotBlank;

public record NoteRequest(@NotBlank String noteType, @NotBlank String content, Boolean isImportant) {
}
