package com.bantu.analytics.alert;

import java.util.List;
import java.util.Map;

/** {@code by_level} always names the three levels. */
public record AlertList(List<AlertView> alerts, long total, Map<AlertLevel, Long> byLevel) {
}
