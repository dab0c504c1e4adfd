package com.bantu.finance.report;

import java.time.LocalDate;
import java.util.List;

public record Aging(LocalDate asOf, List<AgingRow> buckets) {
}
