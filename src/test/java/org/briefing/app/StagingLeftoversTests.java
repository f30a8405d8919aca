package org.briefing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StagingLeftoversTests {

    @TempDir
    Path out;

    @Test
    void removesWhatInterruptedRunsLeftAndKeepsRunsLatestAndTheLock() throws IOException {
        Files.createDirectories(this.out.resolve(".partial-2024-11-01_x_1/sub"));
        Files.writeString(this.out.resolve(".partial-2024-11-01_x_1/sub/briefing.pdf"), "half");
        Files.createDirectories(this.out.resolve(".replaced-2024-11-01_x_2"));
        Files.createSymbolicLink(this.out.resolve(".latest-2024-11-01_x_3"), Path.of("2024-11-01_x_3"));
        Files.createDirectories(this.out.resolve("2024-11-01_x_3"));
        Files.createSymbolicLink(this.out.resolve("latest"), Path.of("2024-11-01_x_3"));
        Files.writeString(this.out.resolve(".lock"), "pid 1");

        StagingLeftovers.sweep(this.out);

        try (Stream<Path> entries = Files.list(this.out)) {
            assertThat(entries.map((p) -> p.getFileName().toString()).sorted())
                .containsExactly(".lock", "2024-11-01_x_3", "latest");
        }
    }

    @Test
    void doesNothingWithoutAnOutputFolder() {
        StagingLeftovers.sweep(this.out.resolve("none"));

        assertThat(this.out.resolve("none")).doesNotExist();
    }
}
