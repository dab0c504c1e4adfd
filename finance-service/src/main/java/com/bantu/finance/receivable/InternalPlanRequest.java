package com.bantu.finance.receivable;

import com.bantu.finance.order.OrderSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** From business: the plan handed over with an order (idempotent on the order id); {@code order} optional. */
public record InternalPlanRequest(@NotBlank String orderId,
                                  @NotEmpty @Size(max = 100) List<@Valid @NotNull StageRequest> stages,
                                  OrderSnapshot order) {
}
