package com.bantu.finance.report;

import java.math.BigDecimal;

public record BaseIdr(BigDecimal receivable, BigDecimal received, BigDecimal outstanding, BigDecimal overdue) {
}
