package com.bantu.finance.report;

import java.util.List;

public record ByPeriod(String period, List<PeriodPoint> data) {
}
