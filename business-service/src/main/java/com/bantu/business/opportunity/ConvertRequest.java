package com.bantu.business.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The SPA's {@code {order_title, order_items}} and the original's {@code {title, dates, notes}}. */
public record ConvertRequest(@Size(max = 255) String orderTitle, @Size(max = 255) String title,
                             @Size(max = 200) List<@Valid OrderItemRequest> orderItems,
                             LocalDate expectedStartDate, LocalDate expectedCompletionDate,
                             String customerNotes, String internalNotes, String requirements) {
}
