package org.briefing.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Plans one run and starts it, restarts it, or finds nothing to do; logs a summary and writes the
 * run's {@code run-log.json}; returns the exit code. The caller holds the output folder's lock,
 * which is what makes recovering an execution left STARTED by a killed process safe.
 */
final class RunStarter {

    private static final Logger logger = LoggerFactory.getLogger(RunStarter.class);

    private final RunPlanner planner;

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final Job job;

    private final RunLog runLog;

    private final PlannedInputs plannedInputs;

    RunStarter(RunPlanner planner, JobOperator jobOperator, JobRepository jobRepository, Job job, RunLog runLog,
            PlannedInputs plannedInputs) {
        this.planner = planner;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.runLog = runLog;
        this.plannedInputs = plannedInputs;
    }

    /** One run; {@code today} is its as-of date unless the settings give one. */
    int run(BriefingProperties properties, LocalDate today) {
        long started = System.nanoTime();
        RunPlan plan;
        try {
            plan = this.planner.plan(properties, today);
        }
        catch (BadArgumentsException ex) {
            logger.error("briefing: {}", ex.getMessage());
            return ExitCodes.BAD_ARGUMENTS;
        }
        Path folder = plan.out().resolve(plan.runId());
        StagingLeftovers.sweep(plan.out());
        JobParameters parameters = plan.jobParameters();
        JobExecution last = this.jobRepository.getLastJobExecution(BriefingJobConfiguration.JOB, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (Files.isDirectory(folder)) {
                return nothingToDo(plan, folder, parameters);
            }
            logger.info("briefing: {} was complete but its output is gone; writing it again", plan.runId());
            parameters = new JobParametersBuilder(parameters).addLong("rebuild", last.getId()).toJobParameters();
        }
        else if (last != null && last.getStatus().isRunning()) {
            logger.warn("briefing: the last attempt of {} never finished (killed?); marking it failed to restart it",
                    plan.runId());
            this.jobOperator.recover(last);
        }
        else if (last != null) {
            logger.info("briefing: restarting {} where its last attempt stopped ({})", plan.runId(), last.getStatus());
        }
        else {
            forgetInstanceWithoutExecution(plan, parameters);
        }
        logger.info("briefing: running {} on {} with template {}", plan.runId(), plan.seeds(), plan.template().name());
        JobExecution execution;
        this.plannedInputs.hold(plan.inputs());
        try {
            execution = this.jobOperator.start(this.job, parameters);
        }
        catch (Exception ex) {
            logger.error("briefing: cannot start {}: {}", plan.runId(), ex.toString());
            return ExitCodes.FAILED;
        }
        finally {
            this.plannedInputs.release();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            logger.error("briefing: failed after {}: the run {} ended {}; run the same command again to restart it",
                    RunSummary.duration(took), plan.runId(), execution.getStatus());
            return ExitCodes.FAILED;
        }
        writeRunLog(plan, folder, parameters);
        logger.info("briefing: done in {}: {}; output {}", RunSummary.duration(took),
                RunSummary.read(folder).map(RunSummary::describe).orElse("no manifest"), folder);
        return ExitCodes.DONE;
    }

    /**
     * Spring Batch creates a job instance and its first execution in two transactions; a process
     * killed between them leaves an instance that {@code start} finds but cannot restart ("Cannot
     * find any job execution"). Such an instance has nothing to resume, so it is removed and the
     * run starts afresh.
     */
    private void forgetInstanceWithoutExecution(RunPlan plan, JobParameters parameters) {
        JobInstance orphan = this.jobRepository.getJobInstance(BriefingJobConfiguration.JOB, parameters);
        if (orphan != null && this.jobRepository.getJobExecutions(orphan).isEmpty()) {
            logger.warn("briefing: the last attempt of {} was killed before it began; starting it afresh",
                    plan.runId());
            this.jobRepository.deleteJobInstance(orphan);
        }
    }

    private int nothingToDo(RunPlan plan, Path folder, JobParameters parameters) {
        if (!Files.exists(folder.resolve(RunLog.FILE))) {
            writeRunLog(plan, folder, parameters);
        }
        logger.info("briefing: nothing to do, {} is complete: {}; output {}", plan.runId(),
                RunSummary.read(folder).map(RunSummary::describe).orElse("no manifest"), folder);
        return ExitCodes.DONE;
    }

    private void writeRunLog(RunPlan plan, Path folder, JobParameters parameters) {
        JobInstance instance = this.jobRepository.getJobInstance(BriefingJobConfiguration.JOB, parameters);
        List<JobExecution> executions = (instance == null) ? List.of() : this.jobRepository.getJobExecutions(instance);
        try {
            this.runLog.write(folder, plan.runId(), plan.version(), executions);
        }
        catch (RuntimeException ex) {
            logger.warn("briefing: the run is complete but its run-log.json could not be written: {}", ex.getMessage());
        }
    }
}
