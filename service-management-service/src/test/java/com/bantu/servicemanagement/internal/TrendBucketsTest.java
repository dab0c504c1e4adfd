package com.bantu.servicemanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendBucketsTest {

    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void daysAreTheLastThirtyIncludingToday() {
        TrendBuckets b = new TrendBuckets("day", TODAY);
        assertThat(b.from()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(b.counts()).hasSize(30).containsEntry("2026-03-12", 0L);
        assertThat(b.counts().keySet()).first().isEqualTo("2026-02-11");
        b.add(TODAY, 3);
        b.add(LocalDate.of(2026, 2, 10), 7);
        assertThat(b.counts().get("2026-03-12")).isEqualTo(3L);
        assertThat(b.counts().values().stream().mapToLong(Long::longValue).sum()).as("out of range ignored")
                .isEqualTo(3L);
    }

    @Test
    void weeksAreTwelveKeyedByMondayAndDaysFoldIntoThem() {
        TrendBuckets b = new TrendBuckets("week", TODAY);
        assertThat(b.from()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(b.counts()).hasSize(12);
        assertThat(List.copyOf(b.counts().keySet())).startsWith("2025-12-22").endsWith("2026-03-09");
        b.add(LocalDate.of(2026, 3, 9), 1);
        b.add(LocalDate.of(2026, 3, 11), 2);
        b.add(LocalDate.of(2026, 3, 8), 5);
        assertThat(b.counts().get("2026-03-09")).isEqualTo(3L);
        assertThat(b.counts().get("2026-03-02")).isEqualTo(5L);
    }

    @Test
    void monthsAreTwelveEndingWithTheCurrentOne() {
        TrendBuckets b = new TrendBuckets("month", TODAY);
        assertThat(b.from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(List.copyOf(b.counts().keySet())).hasSize(12).startsWith("2025-04").endsWith("2026-03");
        b.add(LocalDate.of(2026, 3, 1), 2);
        b.add(LocalDate.of(2026, 3, 31), 1);
        b.add(LocalDate.of(2025, 3, 31), 9);
        assertThat(b.counts().get("2026-03")).isEqualTo(3L);
        assertThat(b.counts().get("2025-04")).isZero();
    }
}
