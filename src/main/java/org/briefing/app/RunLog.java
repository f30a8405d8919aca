package org.briefing.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run-log.json}: the execution record of a run, beside its manifest. Every attempt (the
 * first execution and each restart) with its status, times and per-step counts. It changes from
 * one run to the next by nature, so it is kept out of {@code manifest.json}, which must be
 * byte-identical for the same inputs, and out of the PDF. Written after the run folder is
 * published, through a temporary file and an atomic rename, so it is either whole or absent.
 */
final class RunLog {

    static final String FILE = "run-log.json";

    private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ZoneId zone;

    RunLog(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes the record of every execution of the run into the run's folder. */
    void write(Path runFolder, String runId, String version, List<JobExecution> executions) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("schema", "briefing-run-log/1");
        log.put("run_id", runId);
        log.put("version", version);
        List<Map<String, Object>> attempts = new ArrayList<>();
        executions.stream().sorted(Comparator.comparingLong(JobExecution::getId)).forEach((e) -> attempts.add(attempt(e)));
        log.put("executions", attempts);
        Path target = runFolder.resolve(FILE);
        Path temporary = runFolder.resolve("." + FILE + ".tmp");
        try {
            Files.write(temporary, json.writeValueAsBytes(log));
            move(temporary, target);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + target, ex);
        }
    }

    private Map<String, Object> attempt(JobExecution execution) {
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("execution", execution.getId());
        attempt.put("status", execution.getStatus().toString());
        times(attempt, execution.getStartTime(), execution.getEndTime());
        List<Map<String, Object>> steps = new ArrayList<>();
        execution.getStepExecutions()
            .stream()
            .sorted(Comparator.comparingLong(StepExecution::getId))
            .forEach((s) -> steps.add(step(s)));
        attempt.put("steps", steps);
        return attempt;
    }

    private Map<String, Object> step(StepExecution step) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("step", step.getStepName());
        entry.put("status", step.getStatus().toString());
        times(entry, step.getStartTime(), step.getEndTime());
        entry.put("read", step.getReadCount());
        entry.put("written", step.getWriteCount());
        entry.put("commits", step.getCommitCount());
        entry.put("rollbacks", step.getRollbackCount());
        return entry;
    }

    private void times(Map<String, Object> entry, LocalDateTime start, LocalDateTime end) {
        entry.put("started", (start == null) ? null : start.atZone(this.zone).toOffsetDateTime().toString());
        entry.put("ended", (end == null) ? null : end.atZone(this.zone).toOffsetDateTime().toString());
        entry.put("millis", (start == null || end == null) ? null : Duration.between(start, end).toMillis());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException ex) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
