package com.bantu.business.comment;

import jakarta.validation.constraints.NotNull;

public record PinRequest(@NotNull Boolean isPinned) {
}
