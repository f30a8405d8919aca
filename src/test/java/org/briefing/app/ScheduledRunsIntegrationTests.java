package org.briefing.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application with {@code --briefing.schedule}: it keeps running and runs at each tick; the
 * first tick writes the briefing, the next finds nothing to do. The one test here that waits for
 * real ticks (a few seconds); the schedule's logic is tested on a fake clock in
 * {@link ScheduledRunsTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledRunsIntegrationTests {

    @TempDir
    Path work;

    @Test
    void runsAtEachTickUntilStopped(CapturedOutput output) throws Exception {
        Thread[] runner = new Thread[1];
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            runner[0] = Thread.currentThread();
            return BriefingRun.run(this.work, "--briefing.seeds=seeds", "--briefing.out=" + this.work.resolve("out"),
                    "--briefing.as-of=2024-11-01", "--briefing.schedule=*/3 * * * * *");
        });

        awaitOutput(output, 2, Duration.ofMinutes(2));
        runner[0].interrupt();

        assertThat(exit.get(2, TimeUnit.MINUTES)).isZero();
        assertThat(output).contains("briefing: scheduled '*/3 * * * * *'; first run at ")
            .contains("briefing: done in ")
            .contains("briefing: nothing to do, 2024-11-01_dprk-russia_")
            .contains("briefing: schedule interrupted; stopping");
        assertThat(this.work.resolve("out/latest/briefing.pdf")).isRegularFile();
    }

    private static void awaitOutput(CapturedOutput output, int ticks, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (output.getOut().split("ended with exit code 0; next run at", -1).length - 1 < ticks) {
            assertThat(System.nanoTime()).as("%d ticks within %s:%n%s", ticks, timeout, output).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
