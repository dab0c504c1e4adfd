package com.bantu.business.order;

import com.bantu.common.persistence.BaseRepository;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderItemRepository extends BaseRepository<OrderItem> {

    List<OrderItem> findByOrderIdOrderByItemNumber(String orderId);

    @Query("select coalesce(max(i.itemNumber), 0) from OrderItem i where i.orderId = :orderId")
    int maxItemNumber(@Param("orderId") String orderId);

    /** Sum of the amounts of the order's items that are not cancelled (items without a price count as 0). */
    @Query("select coalesce(sum(i.itemAmount), 0) from OrderItem i where i.orderId = :orderId "
            + "and i.status <> 'cancelled'")
    BigDecimal activeTotal(@Param("orderId") String orderId);

    long countByOrderId(String orderId);

    /** The service types of the order's items that are not cancelled, by item number (a type may repeat). */
    @Query("select i.serviceTypeId from OrderItem i where i.orderId = :orderId and i.status <> 'cancelled' "
            + "and i.serviceTypeId is not null order by i.itemNumber")
    List<String> activeServiceTypes(@Param("orderId") String orderId);
}
