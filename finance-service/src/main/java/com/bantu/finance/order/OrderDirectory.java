package com.bantu.finance.order;

import com.bantu.common.error.NotFoundException;
import com.bantu.finance.config.Caller;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders as finance knows them: the local copy first (kept current by business events, so most writes need no
 * remote call), business-service's {@code /internal/orders/{id}} when the order is not known here yet. Call it
 * before a write's transaction starts, never inside one.
 */
@Service
public class OrderDirectory {

    private final FinanceOrderRepository orders;
    private final BusinessClient business;
    private final TransactionTemplate tx;

    public OrderDirectory(FinanceOrderRepository orders, BusinessClient business, TransactionTemplate tx) {
        this.orders = orders;
        this.business = business;
        this.tx = tx;
    }

    /**
     * The order, fetched from business when unknown here; 404 when neither knows it or the caller's scope excludes
     * it, 503 when it is unknown here and business cannot be asked.
     */
    public FinanceOrder require(String orderId, Caller caller) {
        FinanceOrder o = orders.findById(orderId).orElseGet(() -> business.order(orderId).map(this::upsert)
                .orElseThrow(() -> new NotFoundException("订单不存在")));
        return inScope(o, caller);
    }

    /**
     * The local copy only (no remote call, so usable inside a transaction): empty when finance does not know the
     * order yet, 404 when the caller's scope excludes it.
     */
    public Optional<FinanceOrder> localVisible(String orderId, Caller caller) {
        return orders.findById(orderId).map(o -> inScope(o, caller));
    }

    private static FinanceOrder inScope(FinanceOrder o, Caller caller) {
        if (caller != null && !caller.sees(o.getOrganizationId(), o.getSalesUserId())) {
            throw new NotFoundException("订单不存在");
        }
        return o;
    }

    /** The local copy only (no remote call); managed when called inside a transaction. */
    public Optional<FinanceOrder> local(String orderId) {
        return orders.findById(orderId);
    }

    /** The local copy, row-locked ({@code SELECT … FOR UPDATE}) until the caller's transaction ends. */
    public Optional<FinanceOrder> lock(String orderId) {
        return orders.lockById(orderId);
    }

    /** Inserts or refreshes the local copy (its own transaction; a concurrent insert of the same id is re-read). */
    public FinanceOrder upsert(OrderSnapshot s) {
        if (s.id() == null || s.id().isBlank()) {
            throw new IllegalArgumentException("order snapshot without id");
        }
        try {
            return tx.execute(st -> save(s));
        } catch (DataIntegrityViolationException e) {
            return tx.execute(st -> save(s));
        }
    }

    /** Inserts or refreshes the local copy in the caller's transaction. */
    public FinanceOrder save(OrderSnapshot s) {
        FinanceOrder o = orders.findById(s.id()).orElseGet(FinanceOrder::new);
        o.apply(s);
        return orders.saveAndFlush(o);
    }
}
