package org.briefing.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputLockTests {

    @TempDir
    Path out;

    @Test
    void createsTheFolderAndALockFileNamingTheHolder() throws Exception {
        Path folder = this.out.resolve("new/out");

        try (OutputLock lock = OutputLock.acquire(folder, Duration.ZERO)) {
            assertThat(folder.resolve(".lock")).content().startsWith("pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void isFreeAgainOnceClosed() throws Exception {
        OutputLock.acquire(this.out, Duration.ZERO).close();

        try (OutputLock again = OutputLock.acquire(this.out, Duration.ZERO)) {
            assertThat(again).isNotNull();
        }
    }

    @Nested
    class WhenAnotherRunHoldsIt {

        @Test
        void refusesAtOnceWithAMessageNamingTheFolderAndTheHolder() throws Exception {
            try (OutputLock held = OutputLock.acquire(OutputLockTests.this.out, Duration.ZERO)) {
                assertThatThrownBy(() -> OutputLock.acquire(OutputLockTests.this.out, Duration.ZERO))
                    .isInstanceOf(RunInProgressException.class)
                    .hasMessage("another briefing run is using " + OutputLockTests.this.out + " (pid "
                            + ProcessHandle.current().pid() + ", started %s); try again later, or give"
                            + " --briefing.lock-wait=DURATION to wait for it", startedAt());
            }
        }

        @Test
        void waitsForItWhenAskedTo() throws Exception {
            OutputLock held = OutputLock.acquire(OutputLockTests.this.out, Duration.ZERO);
            CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS).execute(held::close);

            try (OutputLock mine = OutputLock.acquire(OutputLockTests.this.out, Duration.ofSeconds(20))) {
                assertThat(mine).isNotNull();
            }
        }

        @Test
        void givesUpWhenTheWaitIsOver() throws Exception {
            try (OutputLock held = OutputLock.acquire(OutputLockTests.this.out, Duration.ZERO)) {
                long start = System.nanoTime();

                assertThatThrownBy(() -> OutputLock.acquire(OutputLockTests.this.out, Duration.ofMillis(600)))
                    .isInstanceOf(RunInProgressException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
            }
        }

        private String startedAt() throws Exception {
            String text = java.nio.file.Files.readString(OutputLockTests.this.out.resolve(".lock")).strip();
            return text.substring(text.indexOf("started ") + "started ".length());
        }
    }
}
