package com.bantu.business.order;

import com.bantu.business.remote.ServiceManagement;
import com.bantu.business.support.Money;
import com.bantu.business.support.Params;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Items nested under an order. Every change locks the order row first and recomputes the order's totals in the same
 * transaction, so two concurrent item changes are applied one after the other and the totals match the items.
 * Prices, quantities and discounts may change only while the order is submitted (before approval); an item's status
 * follows pending → in_progress → completed, pending|in_progress → cancelled (a cancelled item leaves the totals).
 */
@Service
public class OrderItemService {

    public static final String NOT_FOUND = "订单项不存在";
    private static final Map<String, Set<String>> NEXT = Map.of(
            "pending", Set.of("in_progress", "cancelled"),
            "in_progress", Set.of("completed", "cancelled"));

    private final OrderService orders;
    private final OrderItemRepository items;
    private final OrderRepository orderRows;
    private final TransactionTemplate tx;

    public OrderItemService(OrderService orders, OrderItemRepository items, OrderRepository orderRows,
                            PlatformTransactionManager txManager) {
        this.orders = orders;
        this.items = items;
        this.orderRows = orderRows;
        this.tx = new TransactionTemplate(txManager);
    }

    @Transactional(readOnly = true)
    public List<ItemResponse> list(String orderId, String lang) {
        orders.requireReadable(orderId);
        return items.findByOrderIdOrderByItemNumber(orderId).stream().map(i -> ItemResponse.of(i, lang)).toList();
    }

    @Transactional(readOnly = true)
    public ItemResponse get(String orderId, String itemId, String lang) {
        orders.requireReadable(orderId);
        return ItemResponse.of(require(orderId, itemId), lang);
    }

    public ItemResponse create(String orderId, ItemRequest r, String lang) {
        orders.requireWritable(orderId);
        Map<String, ServiceManagement.Product> products = orders.productsToSnapshot(List.of(r));
        return tx.execute(st -> {
            Order o = orders.lockWritable(orderId);
            orders.requireSubmitted(o, "items");
            checkCurrency(r, o);
            OrderItem i = new OrderItem();
            i.orderId = orderId;
            i.itemNumber = items.maxItemNumber(orderId) + 1;
            i.currencyCode = o.currencyCode;
            i.createdBy = CurrentUser.id();
            i.updatedBy = i.createdBy;
            OrderService.applyItem(r, i, products, lang, "");
            i.status = "pending";
            items.save(i);
            orders.recompute(o);
            o.updatedBy = CurrentUser.id();
            orderRows.saveAndFlush(o);
            return ItemResponse.of(i, lang);
        });
    }

    public ItemResponse update(String orderId, String itemId, ItemRequest r, String lang) {
        orders.requireWritable(orderId);
        Map<String, ServiceManagement.Product> products = orders.productsToSnapshot(List.of(r));
        return tx.execute(st -> {
            Order o = orders.lockWritable(orderId);
            OrderItem i = require(orderId, itemId);
            if (OrderStatus.isFinal(o.statusCode)) {
                throw new ConflictException("订单已完成或已取消，订单项不能修改");
            }
            boolean money = r.quantity() != null || r.unitPrice() != null || r.discountAmount() != null
                    || r.productId() != null;
            if (money) {
                orders.requireSubmitted(o, "quantity/unit_price/discount_amount");
            }
            checkCurrency(r, o);
            OrderService.applyItem(r, i, products, lang, "");
            if (r.status() != null && !r.status().equals(i.status)) {
                String to = Params.oneOf("status", r.status(), List.of("pending", "in_progress", "completed",
                        "cancelled"));
                if (!NEXT.getOrDefault(i.status, Set.of()).contains(to)) {
                    throw new ConflictException("订单项状态不能从 " + i.status + " 变为 " + to);
                }
                i.status = to;
            }
            i.updatedBy = CurrentUser.id();
            items.save(i);
            orders.recompute(o);
            o.updatedBy = CurrentUser.id();
            orderRows.saveAndFlush(o);
            return ItemResponse.of(i, lang);
        });
    }

    @Transactional
    public void delete(String orderId, String itemId) {
        Order o = orders.lockWritable(orderId);
        orders.requireSubmitted(o, "items");
        OrderItem i = require(orderId, itemId);
        items.delete(i);
        orders.recompute(o);
        o.updatedBy = CurrentUser.id();
        orderRows.saveAndFlush(o);
    }

    private OrderItem require(String orderId, String itemId) {
        return items.findById(itemId).filter(i -> i.orderId.equals(orderId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static void checkCurrency(ItemRequest r, Order o) {
        String c = Money.currency("currency_code", r.currencyCode());
        if (c != null && !c.equals(o.currencyCode)) {
            throw ValidationException.of("currency_code", "must be the order currency " + o.currencyCode);
        }
    }
}
