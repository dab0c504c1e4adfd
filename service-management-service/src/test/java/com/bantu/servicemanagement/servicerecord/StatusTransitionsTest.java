package com.bantu.servicemanagement.servicerecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTransitionsTest {

    @Test
    void theWorkflowAllowsExactlyTheseMoves() {
        List<String> allowed = new ArrayList<>();
        for (String from : StatusTransitions.STATUSES) {
            for (String to : StatusTransitions.STATUSES) {
                if (StatusTransitions.allowed(from, to)) {
                    allowed.add(from + "->" + to);
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(
                "pending->in_progress", "pending->cancelled", "pending->on_hold",
                "in_progress->completed", "in_progress->on_hold", "in_progress->cancelled",
                "on_hold->in_progress", "on_hold->cancelled");
    }

    @Test
    void finalStatesAndUnknownStatusesGoNowhere() {
        for (String to : StatusTransitions.STATUSES) {
            assertThat(StatusTransitions.allowed("completed", to)).as("completed -> " + to).isFalse();
            assertThat(StatusTransitions.allowed("cancelled", to)).as("cancelled -> " + to).isFalse();
            assertThat(StatusTransitions.allowed("archived", to)).as("archived -> " + to).isFalse();
        }
        assertThat(StatusTransitions.allowed("pending", "pending")).isFalse();
        assertThat(StatusTransitions.allowed("pending", "done")).isFalse();
    }
}
