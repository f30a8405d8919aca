package org.briefing.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restart promise, tested the hard way: the application runs in a child JVM that is
 * killed with SIGKILL at one point after another (inside an uncommitted chunk, between steps,
 * while the PDF is being rendered into its staging folder, after publishing but before the job is
 * marked complete), each time restarted with the same command. The last run must complete with
 * files byte-identical to an uninterrupted run's, and the database must hold exactly the rows an
 * uninterrupted run leaves. Kill points are made deterministic by {@link PausePoint}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillAndRestartIntegrationTests {

    /** Where each child is killed, in order; "render:staging" is found by watching out/. */
    private static final List<String> KILL_POINTS = List.of("ingestStep:chunk-3", "ingestStep:end", "extractStep:chunk-2",
            "extractStep:chunk-4", "reconcileStep:start", "render:staging", "renderStep:end");

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private Path corpus;

    private Path referenceRun;

    private Map<String, String> referenceFiles;

    private Map<String, Long> referenceRows;

    @BeforeAll
    void runUninterrupted(@TempDir Path work) throws Exception {
        this.corpus = Corpus.ofSeeds(work.resolve("corpus"), 6);
        TestDatabase database = TestDatabase.h2(work.resolve("db"));
        int exit = BriefingRun.run(database, arguments(work.resolve("out")).toArray(new String[0]));
        assertThat(exit).isZero();
        this.referenceRun = RunFiles.onlyRun(work.resolve("out"));
        this.referenceFiles = RunFiles.hashes(this.referenceRun);
        this.referenceRows = RunRows.count(database, this.referenceRun.getFileName().toString());
    }

    static Stream<String> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void aRunKilledAgainAndAgainCompletesAsIfNeverInterrupted(String kind, @TempDir Path work) throws Exception {
        TestDatabase database = TestDatabase.of(kind, work.resolve("db"));
        Path out = work.resolve("out");
        List<String> logs = new ArrayList<>();
        int attempt = 0;
        for (String point : KILL_POINTS) {
            ChildRun child = start(database, work, out, ++attempt, point);
            if (point.equals("render:staging")) {
                child.awaitOrFail("staging folder", PATIENCE, () -> hasStagingFolder(out));
            }
            else {
                child.awaitPause(point, PATIENCE);
            }
            child.kill();
            logs.add(child.output());
            RunFiles.assertNothingHalfWrittenVisible(out);
        }
        ChildRun last = start(database, work, out, ++attempt, "");
        int exit = last.awaitExit(PATIENCE);

        assertThat(exit).as(last.output()).isZero();
        Path run = RunFiles.onlyRun(out);
        assertThat(run.getFileName()).isEqualTo(this.referenceRun.getFileName());
        assertThat(RunFiles.hashes(run)).isEqualTo(this.referenceFiles);
        assertThat(out.resolve("latest").toRealPath()).isEqualTo(run.toRealPath());
        assertThat(RunRows.count(database, run.getFileName().toString())).isEqualTo(this.referenceRows);
        assertThat(RunRows.executions(database, run.getFileName().toString()))
            .containsEntry("COMPLETED", 1L)
            .containsEntry("FAILED", (long) KILL_POINTS.size());
        assertThat(run.resolve(RunLog.FILE)).content().contains("\"status\" : \"FAILED\"", "\"status\" : \"COMPLETED\"");
        assertThat(last.output()).contains("never finished (killed?)");
    }

    private ChildRun start(TestDatabase database, Path work, Path out, int attempt, String pauseAt) throws Exception {
        List<String> args = new ArrayList<>(arguments(out));
        if (!pauseAt.isEmpty() && !pauseAt.equals("render:staging")) {
            args.add("--briefing.test.pause-at=" + pauseAt);
        }
        return ChildRun.start(database, work.resolve("attempt-" + attempt + ".log"), args);
    }

    private List<String> arguments(Path out) {
        return List.of("--briefing.seeds=" + this.corpus, "--briefing.out=" + out, "--briefing.template=dprk-russia",
                "--briefing.as-of=2024-11-01", "--briefing.chunk-size=5");
    }

    private static boolean hasStagingFolder(Path out) {
        try (Stream<Path> entries = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            return entries.anyMatch((p) -> p.getFileName().toString().startsWith(".partial-"));
        }
        catch (java.io.IOException ex) {
            return false;
        }
    }
}
