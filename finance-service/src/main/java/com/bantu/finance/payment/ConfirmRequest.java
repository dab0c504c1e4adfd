package com.bantu.finance.payment;

import java.time.LocalDateTime;

public record ConfirmRequest(LocalDateTime receivedAt) {
}
