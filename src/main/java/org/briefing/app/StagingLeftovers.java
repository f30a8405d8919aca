package org.briefing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the hidden leftovers that a killed process can leave in the output folder: staging
 * folders ({@code .partial-RUN}) and the temporary names used while replacing a run or
 * {@code latest} ({@code .replaced-RUN}, {@code .latest-…}). The next attempt of the same run
 * clears its own staging folder anyway; this also clears those of runs that will never be
 * attempted again because their inputs changed. Call only while holding the folder's lock.
 */
final class StagingLeftovers {

    private static final List<String> PREFIXES = List.of(".partial-", ".replaced-", ".latest-");

    private static final Logger logger = LoggerFactory.getLogger(StagingLeftovers.class);

    private StagingLeftovers() {
    }

    static void sweep(Path out) {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : entries.filter(StagingLeftovers::isLeftover).toList()) {
                delete(entry);
                logger.info("briefing: removed {} left by an interrupted run", entry.getFileName());
            }
        }
        catch (IOException ex) {
            logger.warn("briefing: cannot clear leftovers in {}: {}", out, ex.getMessage());
        }
    }

    private static boolean isLeftover(Path entry) {
        String name = entry.getFileName().toString();
        return PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static void delete(Path entry) throws IOException {
        if (Files.isSymbolicLink(entry) || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(entry);
            return;
        }
        try (Stream<Path> files = Files.walk(entry)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
