package org.briefing.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.briefing.BriefingApplication;

/**
 * The application in a child JVM, started as an operator would with {@code java -cp}, its output
 * in a file, so that a test can kill it (SIGKILL) wherever it likes.
 */
final class ChildRun {

    private final Process process;

    private final Path log;

    private ChildRun(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildRun start(TestDatabase database, Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BriefingApplication.class.getName());
        command.addAll(arguments);
        command.addAll(database.childArguments());
        command.add("--briefing.progress=log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().putAll(database.environment());
        return new ChildRun(builder.start(), log);
    }

    /** Waits until the child logs that it paused at {@code point}; fails if it ends or takes too long. */
    void awaitPause(String point, Duration timeout) throws Exception {
        awaitOrFail("pause at " + point, timeout, () -> output().contains(PausePoint.MARKER + point));
    }

    /** Waits until {@code condition} holds while the child runs. */
    void awaitOrFail(String what, Duration timeout, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!this.process.isAlive()) {
                throw new AssertionError("the child ended (" + this.process.exitValue() + ") before the " + what + ":\n"
                        + output());
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new AssertionError("no " + what + " within " + timeout + ":\n" + output());
            }
            Thread.sleep(5);
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush. */
    void kill() throws InterruptedException {
        this.process.destroyForcibly();
        this.process.waitFor(30, TimeUnit.SECONDS);
    }

    int awaitExit(Duration timeout) throws Exception {
        if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("the child did not finish within " + timeout + ":\n" + output());
        }
        return this.process.exitValue();
    }

    String output() {
        try {
            return new String(Files.readAllBytes(this.log), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            return "";
        }
    }
}
