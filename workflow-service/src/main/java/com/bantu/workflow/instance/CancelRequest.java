package com.bantu.workflow.instance;

import jakarta.validation.constraints.Size;

public record CancelRequest(@Size(max = 2000) String reason) {
}
