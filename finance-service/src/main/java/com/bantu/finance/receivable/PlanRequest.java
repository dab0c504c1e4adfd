package com.bantu.finance.receivable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A receivable plan: its stages replace the order's unpaid plan. */
public record PlanRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull StageRequest> stages) {
}
