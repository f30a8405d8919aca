package org.briefing.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second run started on the same output folder and database while a first one runs (in a
 * child JVM): it exits at once with code 3 and one line, or waits when asked to; neither run is
 * corrupted.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentRunsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path work;

    @Nested
    class WhileARunIsInProgress {

        @Test
        void aSecondRunOnTheSameFolderExitsWithThreeAndSaysWhy(CapturedOutput output) throws Exception {
            TestDatabase database = TestDatabase.h2(ConcurrentRunsIntegrationTests.this.work.resolve("db"));
            Path out = ConcurrentRunsIntegrationTests.this.work.resolve("out");
            ChildRun first = ChildRun.start(database, ConcurrentRunsIntegrationTests.this.work.resolve("first.log"),
                    withPause(arguments(out), "extractStep:chunk-1"));
            first.awaitPause("extractStep:chunk-1", PATIENCE);

            int second = BriefingRun.run(database, arguments(out).toArray(new String[0]));

            assertThat(second).isEqualTo(3);
            assertThat(output).contains("briefing: another briefing run is using " + out + " (pid ")
                .doesNotContain("Exception");
            first.kill();
        }

        @Test
        void aSecondRunOnTheSameDatabaseExitsWithThreeAndSaysWhy(CapturedOutput output) throws Exception {
            TestDatabase database = TestDatabase.h2(ConcurrentRunsIntegrationTests.this.work.resolve("db"));
            Path out = ConcurrentRunsIntegrationTests.this.work.resolve("out");
            Path elsewhere = ConcurrentRunsIntegrationTests.this.work.resolve("elsewhere");
            ChildRun first = ChildRun.start(database, ConcurrentRunsIntegrationTests.this.work.resolve("first.log"),
                    withPause(arguments(out), "extractStep:chunk-1"));
            first.awaitPause("extractStep:chunk-1", PATIENCE);

            int second = BriefingRun.run(database, arguments(elsewhere).toArray(new String[0]));

            assertThat(second).isEqualTo(3);
            assertThat(output).contains("briefing: the database is in use by another briefing process");
            assertThat(visibleEntries(elsewhere)).isEmpty();
            first.kill();
            ChildRun again = ChildRun.start(database, ConcurrentRunsIntegrationTests.this.work.resolve("again.log"),
                    arguments(out));
            assertThat(again.awaitExit(PATIENCE)).as(again.output()).isZero();
            RunFiles.assertNothingHalfWrittenVisible(out);
        }

        @Test
        void aSecondRunToldToWaitRunsWhenTheFirstHasFinished(CapturedOutput output) throws Exception {
            TestDatabase database = TestDatabase.h2(ConcurrentRunsIntegrationTests.this.work.resolve("db"));
            Path out = ConcurrentRunsIntegrationTests.this.work.resolve("out");
            ChildRun first = ChildRun.start(database, ConcurrentRunsIntegrationTests.this.work.resolve("first.log"),
                    arguments(out));
            first.awaitOrFail("start of the run", PATIENCE, () -> first.output().contains("briefing: running "));

            int second = BriefingRun.run(database,
                    Stream.concat(arguments(out).stream(), Stream.of("--briefing.lock-wait=3m")).toArray(String[]::new));

            assertThat(first.awaitExit(PATIENCE)).isZero();
            assertThat(second).isZero();
            assertThat(output).contains("briefing: nothing to do");
            RunFiles.assertNothingHalfWrittenVisible(out);
        }
    }

    private static List<String> arguments(Path out) {
        return List.of("--briefing.seeds=seeds", "--briefing.out=" + out, "--briefing.template=dprk-russia",
                "--briefing.as-of=2024-11-01", "--briefing.chunk-size=2");
    }

    private static List<String> withPause(List<String> arguments, String point) {
        return Stream.concat(arguments.stream(), Stream.of("--briefing.test.pause-at=" + point)).toList();
    }

    private static List<Path> visibleEntries(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter((p) -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
