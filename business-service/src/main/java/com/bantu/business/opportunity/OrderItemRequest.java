package com.bantu.business.opportunity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record OrderItemRequest(@Size(max = 36) String productId, @Min(1) Integer quantity,
                               @DecimalMin("0") BigDecimal unitPrice) {
}
