package com.bantu.analytics.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertLevelTest {

    @Test
    void aValueBreachesTheHighestThresholdItReaches() {
        assertThat(AlertLevel.breached(69.9, 70, 85)).isNull();
        assertThat(AlertLevel.breached(70, 70, 85)).isEqualTo(AlertLevel.WARNING);
        assertThat(AlertLevel.breached(84.99, 70, 85)).isEqualTo(AlertLevel.WARNING);
        assertThat(AlertLevel.breached(85, 70, 85)).isEqualTo(AlertLevel.CRITICAL);
        assertThat(AlertLevel.breached(100, 70, 85)).isEqualTo(AlertLevel.CRITICAL);
    }

    @Test
    void onlyAHigherLevelSupersedesAnOpenAlert() {
        assertThat(AlertLevel.WARNING.escalates(null)).isTrue();
        assertThat(AlertLevel.CRITICAL.escalates(AlertLevel.WARNING)).isTrue();
        assertThat(AlertLevel.WARNING.escalates(AlertLevel.WARNING)).isFalse();
        assertThat(AlertLevel.WARNING.escalates(AlertLevel.CRITICAL)).isFalse();
        assertThat(AlertLevel.CRITICAL.escalates(AlertLevel.CRITICAL)).isFalse();
    }
}
