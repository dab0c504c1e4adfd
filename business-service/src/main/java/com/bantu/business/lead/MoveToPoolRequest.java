package com.bantu.business.lead;

import jakarta.validation.constraints.Size;

public record MoveToPoolRequest(@Size(max = 36) String poolId) {
}
