package org.briefing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.briefing.render.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/** What a test can say about an output folder. */
final class RunFiles {

    private RunFiles() {
    }

    /** SHA-256 of every file of a run folder except its execution record, by name. */
    static Map<String, String> hashes(Path runFolder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(runFolder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(RunLog.FILE)) {
                    hashes.put(name, Manifest.sha256(file));
                }
            }
        }
        return hashes;
    }

    /** The one complete run folder under {@code out}. */
    static Path onlyRun(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter((p) -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals("latest"))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one run in " + out);
                })
                .orElseThrow(() -> new AssertionError("no run in " + out));
        }
    }

    /**
     * Nothing half-written is visible: besides hidden entries (the lock, staging folders), out/
     * holds only complete run folders (each with its manifest) and {@code latest} pointing at one.
     */
    static void assertNothingHalfWrittenVisible(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                assertThat(entry.resolve("manifest.json")).as("%s is a complete run", name).isRegularFile();
                if (name.equals("latest")) {
                    assertThat(Files.isSymbolicLink(entry)).isTrue();
                }
            }
        }
    }
}
