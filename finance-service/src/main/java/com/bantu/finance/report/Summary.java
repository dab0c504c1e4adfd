package com.bantu.finance.report;

import java.time.LocalDate;
import java.util.List;

public record Summary(LocalDate startDate, LocalDate endDate, List<CurrencySummary> currencies, BaseIdr baseIdr) {
}
