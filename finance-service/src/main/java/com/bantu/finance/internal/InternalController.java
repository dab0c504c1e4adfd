package com.bantu.finance.internal;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.scope.StatsScope;
import com.bantu.common.security.Roles;
import com.bantu.finance.order.OrderDirectory;
import com.bantu.finance.payment.PaymentService;
import com.bantu.finance.receivable.InternalPlanRequest;
import com.bantu.finance.receivable.Plan;
import com.bantu.finance.receivable.ReceivableService;
import com.bantu.finance.report.ReportRollups;
import com.bantu.finance.report.ReportService;
import com.bantu.finance.report.Revenue;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Service-to-service API (never routed by the gateway): SERVICE tokens, or ADMIN for operators. */
@Hidden
@RestController
@RequestMapping("/internal")
@PreAuthorize(Roles.INTERNAL)
public class InternalController {

    private final ReceivableService receivables;
    private final OrderDirectory orders;
    private final PaymentService payments;
    private final ReportService reports;

    public InternalController(ReceivableService receivables, OrderDirectory orders,
                              PaymentService payments, ReportService reports) {
        this.receivables = receivables;
        this.orders = orders;
        this.payments = payments;
        this.reports = reports;
    }

    /** business hands an order's plan over (opportunity → order, order approved); idempotent on the order id. */
    @PostMapping("/receivables/plan")
    public ApiResponse<Plan> plan(@Valid @RequestBody InternalPlanRequest body) {
        if (body.order() != null) {
            orders.upsert(body.order().withIdIfMissing(body.orderId()));
        } else {
            orders.require(body.orderId(), null);
        }
        try {
            return ApiResponse.ok(receivables.replacePlan(body.orderId(), body.stages(), null, true));
        } catch (DataIntegrityViolationException concurrentHandOver) {
            return ApiResponse.ok(receivables.replacePlan(body.orderId(), body.stages(), null, true));
        }
    }

    /** For business' delete/cancel checks: confirmed payments of an order and their net total. */
    @GetMapping("/orders/{orderId}/payments-summary")
    public ApiResponse<PaymentsSummary> paymentsSummary(@PathVariable String orderId) {
        PaymentService.ConfirmedTotals totals = payments.confirmedTotals(orderId);
        return ApiResponse.ok(new PaymentsSummary(orderId, totals.count(), totals.net()));
    }

    /** Revenue for analytics-monitoring-service: confirmed payments, base IDR, per day/week/month. */
    @GetMapping("/stats/revenue")
    public ApiResponse<Revenue> revenue(@RequestParam(required = false) String period,
                                        @RequestParam Map<String, String> query) {
        // a dashboard reader's data scope (analytics' StatsScope parameters; none = every order)
        return ApiResponse.ok(reports.revenue(period, StatsScope.fromQuery(query::get).dataScope()));
    }

    /**
     * Recounts the reports' day rollups from payments and stages: for operators after rows were loaded or fixed with
     * plain SQL (the service keeps them exact itself otherwise). Answers the number of day rows written.
     */
    @PostMapping("/reports/rollups/rebuild")
    public ApiResponse<ReportRollups.Rebuilt> rebuildRollups() {
        return ApiResponse.ok(reports.rebuildRollups());
    }
}
