package org.briefing.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The counts of a finished run, read back from its {@code manifest.json}, so that the summary
 * says exactly what the briefing holds.
 */
record RunSummary(long inputs, long articles, long quarantined, long claims, long findings) {

    private static final JsonMapper json = JsonMapper.builder().build();

    static Optional<RunSummary> read(Path runFolder) {
        Path manifest = runFolder.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            JsonNode counts = json.readTree(manifest.toFile()).path("counts");
            return Optional.of(new RunSummary(counts.path("inputs").asLong(), counts.path("articles").asLong(),
                    counts.path("quarantined").asLong(), counts.path("claims").asLong(), counts.path("findings").asLong()));
        }
        catch (RuntimeException ex) {
            return Optional.empty();
        }
    }

    String describe() {
        return this.inputs + " inputs, " + this.articles + " articles read, " + this.quarantined + " quarantined, "
                + this.claims + " claims, " + this.findings + " findings";
    }

    static String duration(Duration took) {
        long seconds = took.toSeconds();
        if (seconds < 60) {
            return String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
        }
        return String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
