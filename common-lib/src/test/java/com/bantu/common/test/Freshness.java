package com.bantu.common.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/** Whether something built from sources (a jar, a recorded answer) is at least as new as those sources. */
public final class Freshness {

    private Freshness() {
    }

    /** The most recently modified file under {@code path} (itself when it is a file; null when there is none). */
    public static Path newest(Path path) {
        if (!Files.exists(path)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(path)) {
            Path best = null;
            FileTime bestTime = null;
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                FileTime t = Files.getLastModifiedTime(f);
                if (bestTime == null || t.compareTo(bestTime) > 0) {
                    best = f;
                    bestTime = t;
                }
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first file under {@code sources} modified after {@code built} was, or null when {@code built} is fresh.
     * {@code built} must exist.
     */
    public static Path newerThan(Path built, List<Path> sources) {
        try {
            FileTime time = Files.getLastModifiedTime(built);
            for (Path source : sources) {
                Path newest = newest(source);
                if (newest != null && Files.getLastModifiedTime(newest).compareTo(time) > 0) {
                    return newest;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
