package com.bantu.finance.collection;

import jakarta.validation.constraints.Size;

public record RemindRequest(@Size(max = 50) String channel, @Size(max = 5000) String notes) {
}
