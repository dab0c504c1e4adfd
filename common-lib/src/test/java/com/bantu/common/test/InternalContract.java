package com.bantu.common.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Consumer-driven checks of the {@code /internal/**} payloads without hand-written fixtures. A producer's
 * integration test calls its real endpoint (real controller, real database) and {@link #record records} the raw
 * answer under its own {@code target/internal-contract/}; the consumer's contract test {@link #read reads} it and
 * parses it into the consumer's records. {@code read} refuses an answer that is missing or older than any file
 * under the producer's {@code src/main}, so a changed producer cannot be checked against a stale answer: the
 * reactor builds (and tests) the producers before the consumer, which declares them as test-scoped {@code pom}
 * dependencies for exactly that ordering.
 */
public final class InternalContract {

    public static final String DIR = "target/internal-contract";

    private InternalContract() {
    }

    /** {@code /internal/stats/users?period=day} → {@code internal_stats_users_period_day.json}. */
    public static String fileName(String pathAndQuery) {
        return pathAndQuery.replaceAll("^/+", "").replaceAll("[^A-Za-z0-9]+", "_") + ".json";
    }

    /** Producer side (its working directory is its module directory, as under Surefire). */
    public static void record(String pathAndQuery, String rawAnswer) {
        try {
            Path dir = Path.of(DIR);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(fileName(pathAndQuery)), rawAnswer, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Consumer side: the answer {@code producerModule} recorded for {@code pathAndQuery}. */
    public static String read(Path repoRoot, String producerModule, String pathAndQuery) {
        Path module = repoRoot.resolve(producerModule);
        Path file = module.resolve(DIR).resolve(fileName(pathAndQuery));
        String rebuild = "; run the producer's tests first (./mvnw verify, or ./mvnw -pl <consumer> -am verify, "
                + "builds and tests " + producerModule + " before its consumers)";
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No recorded answer of " + producerModule + " " + pathAndQuery + " at " + file
                    + rebuild);
        }
        Path newer = Freshness.newerThan(file, List.of(module.resolve("src/main")));
        if (newer != null) {
            throw new AssertionError("The recorded answer " + file + " is older than " + newer + rebuild);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
