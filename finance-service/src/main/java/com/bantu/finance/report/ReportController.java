package com.bantu.finance.report;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.security.Roles;
import com.bantu.finance.config.Caller;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Money figures within the caller's data scope: ADMIN and FINANCE the whole company, SALES their own orders (an
 * organization scope also its organizations' orders). OPERATION, AGENT and users without a role: 403.
 */
@Tag(name = "reports")
@RestController
@RequestMapping("/api/finance")
@PreAuthorize(Roles.FINANCE_REPORT_VIEW)
public class ReportController {

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/summary")
    public ApiResponse<Summary> summary(
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate end) {
        return ApiResponse.ok(reports.summary(start, end, Caller.current().scope()));
    }

    @GetMapping("/reports/by-period")
    public ApiResponse<ByPeriod> byPeriod(
            @RequestParam(required = false) String period,
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate end) {
        return ApiResponse.ok(reports.byPeriod(period, start, end, Caller.current().scope()));
    }

    @GetMapping("/reports/by-customer")
    public ApiResponse<ItemsPage<PartyRow>> byCustomer(
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate end,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiResponse.ok(reports.byParty(true, start, end, PageQuery.of(page, size),
                Caller.current().scope()));
    }

    @GetMapping("/reports/by-sales-user")
    public ApiResponse<ItemsPage<PartyRow>> bySalesUser(
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate end,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiResponse.ok(reports.byParty(false, start, end, PageQuery.of(page, size),
                Caller.current().scope()));
    }

    @GetMapping("/reports/aging")
    public ApiResponse<Aging> aging(
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf) {
        return ApiResponse.ok(reports.aging(asOf, Caller.current().scope()));
    }

    @GetMapping("/statistics")
    public ApiResponse<Statistics> statistics() {
        return ApiResponse.ok(reports.statistics(Caller.current().scope()));
    }
}
