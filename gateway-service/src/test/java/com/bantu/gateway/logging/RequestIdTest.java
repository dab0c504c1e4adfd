package com.bantu.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Generated correlation ids are random version-4 UUIDs, safe by the filter's own rule, and do not repeat. */
class RequestIdTest {

    @Test
    void generatedIdsAreDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestLogFilter.newRequestId();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(id).matches("[A-Za-z0-9._-]{1,64}").hasSize(36);
            assertThat(seen.add(id)).isTrue();
        }
    }
}
