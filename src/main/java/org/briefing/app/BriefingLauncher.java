package org.briefing.app;

import java.nio.file.Files;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Runs the briefing job once at start-up and sets the exit code: 0 when the briefing is written or
 * there is nothing to do, 1 when the job failed (run again to restart it), 2 for bad arguments. A
 * run whose inputs are unchanged since a complete run does nothing; a failed run is restarted
 * where it stopped.
 */
@Component
@EnableConfigurationProperties(BriefingProperties.class)
@ConditionalOnProperty(name = "briefing.launcher.enabled", havingValue = "true", matchIfMissing = true)
class BriefingLauncher implements ApplicationRunner, ExitCodeGenerator {

    static final int DONE = 0;

    static final int FAILED = 1;

    static final int BAD_ARGUMENTS = 2;

    private static final Logger logger = LoggerFactory.getLogger(BriefingLauncher.class);

    private final BriefingProperties properties;

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final Job briefingJob;

    private final RunPlanner planner;

    private int exitCode = DONE;

    BriefingLauncher(BriefingProperties properties, JobOperator jobOperator, JobRepository jobRepository,
            Job briefingJob, @Value("${briefing.version:dev}") String version) {
        this.properties = properties;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
        this.planner = new RunPlanner(Clock.systemDefaultZone(), version);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        RunPlan plan;
        try {
            plan = this.planner.plan(this.properties);
        }
        catch (BadArgumentsException ex) {
            logger.error("briefing: {}", ex.getMessage());
            this.exitCode = BAD_ARGUMENTS;
            return;
        }
        JobParameters parameters = plan.jobParameters();
        JobExecution last = this.jobRepository.getLastJobExecution(BriefingJobConfiguration.JOB, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (Files.isDirectory(plan.out().resolve(plan.runId()))) {
                logger.info("briefing: nothing to do, {} is complete in {}", plan.runId(), plan.out());
                return;
            }
            logger.info("briefing: {} was complete but its output is gone; writing it again", plan.runId());
            parameters = new JobParametersBuilder(parameters).addLong("rebuild", last.getId()).toJobParameters();
        }
        else if (last != null && last.getStatus().isRunning()) {
            logger.warn("briefing: the last attempt of {} never finished (killed?); marking it failed to restart it",
                    plan.runId());
            this.jobOperator.recover(last);
        }
        logger.info("briefing: running {} on {} with template {}", plan.runId(), plan.seeds(), plan.template().name());
        JobExecution execution = this.jobOperator.start(this.briefingJob, parameters);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            logger.info("briefing: done, {}", plan.out().resolve(plan.runId()));
        }
        else {
            logger.error("briefing: the run {} ended {}; run the same command again to restart it", plan.runId(),
                    execution.getStatus());
            this.exitCode = FAILED;
        }
    }

    @Override
    public int getExitCode() {
        return this.exitCode;
    }
}
