package com.bantu.business.order;

import com.bantu.business.support.Lang;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

public record ItemResponse(
        String id, String orderId, int itemNumber, String productId, String productName, String productNameZh,
        String productNameId, String productCode, String serviceTypeId, String serviceTypeName, int quantity,
        String unit, BigDecimal unitPrice, BigDecimal discountAmount, BigDecimal itemAmount, String currencyCode,
        String description, String requirements, LocalDate expectedStartDate, LocalDate expectedCompletionDate,
        String status, LocalDateTime createdAt, LocalDateTime updatedAt) {

    static ItemResponse of(OrderItem i, String lang) {
        return new ItemResponse(i.getId(), i.orderId, i.itemNumber, i.productId,
                Lang.pick(lang, i.productNameZh, i.productNameId), i.productNameZh, i.productNameId,
                i.productCode, i.serviceTypeId, Lang.pick(lang, i.serviceTypeNameZh, i.serviceTypeNameId),
                i.quantity, i.unit, i.unitPrice, i.discountAmount, i.itemAmount, i.currencyCode,
                Lang.pick(lang, i.descriptionZh, i.descriptionId), i.requirements, i.expectedStartDate,
                i.expectedCompletionDate, i.status, i.getCreatedAt(), i.getUpdatedAt());
    }
}
