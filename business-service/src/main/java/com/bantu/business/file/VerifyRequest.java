package com.bantu.business.file;

import jakarta.validation.constraints.NotNull;

public record VerifyRequest(@NotNull Boolean isVerified) {
}
