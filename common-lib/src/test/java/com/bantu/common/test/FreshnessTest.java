package com.bantu.common.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshnessTest {

    @TempDir
    Path root;

    private Path file(String path, Instant modified) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, path);
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }

    @Test
    void aBuildOlderThanAnySourceIsStale() throws IOException {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        file("svc/src/main/java/A.java", t);
        Path b = file("svc/src/main/resources/application.yml", t.plusSeconds(10));
        Path jar = file("svc/target/svc.jar", t.plusSeconds(5));
        List<Path> sources = List.of(root.resolve("svc/src/main"), root.resolve("svc/pom.xml"));
        assertThat(Freshness.newest(root.resolve("svc/src/main"))).isEqualTo(b);
        assertThat(Freshness.newerThan(jar, sources)).isEqualTo(b);
        Files.setLastModifiedTime(jar, FileTime.from(t.plusSeconds(20)));
        assertThat(Freshness.newerThan(jar, sources)).isNull();
    }

    @Test
    void aConsumerRefusesAMissingOrStaleRecordedAnswer() throws IOException {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        file("producer/src/main/java/P.java", t.plusSeconds(10));
        assertThatThrownBy(() -> InternalContract.read(root, "producer", "/internal/stats/x"))
                .hasMessageContaining("No recorded answer");
        Path answer = file("producer/" + InternalContract.DIR + "/" + InternalContract.fileName("/internal/stats/x"),
                t);
        assertThatThrownBy(() -> InternalContract.read(root, "producer", "/internal/stats/x"))
                .hasMessageContaining("is older than");
        Files.setLastModifiedTime(answer, FileTime.from(t.plusSeconds(20)));
        assertThat(InternalContract.read(root, "producer", "/internal/stats/x"))
                .isEqualTo("producer/" + InternalContract.DIR + "/internal_stats_x.json");
    }
}
