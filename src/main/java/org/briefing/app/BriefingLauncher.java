package org.briefing.app;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Runs the briefing at start-up, once or at every tick of {@code briefing.schedule}, and sets the
 * exit code (see {@link ExitCodes}): 0 when the briefing is written or there is nothing to do, 1
 * when the job failed (run again to restart it), 2 for bad arguments.
 */
@Component
@ConditionalOnExpression("${briefing.launcher.enabled:true} and '${briefing.partitioning:local}' != 'worker'")
class BriefingLauncher implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger logger = LoggerFactory.getLogger(BriefingLauncher.class);

    private final BriefingProperties properties;

    private final RunStarter starter;

    private final Clock clock;

    private int exitCode = ExitCodes.DONE;

    BriefingLauncher(BriefingProperties properties, RunStarter starter, Clock clock) {
        this.properties = properties;
        this.starter = starter;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String cron = this.properties.schedule();
        if (cron == null || cron.isBlank()) {
            this.exitCode = this.starter.run(this.properties, LocalDate.now(this.clock));
            return;
        }
        Schedule schedule;
        try {
            schedule = Schedule.parse(cron);
        }
        catch (BadArgumentsException ex) {
            logger.error("briefing: {}", ex.getMessage());
            this.exitCode = ExitCodes.BAD_ARGUMENTS;
            return;
        }
        this.exitCode = new ScheduledRuns(schedule, this.clock, ScheduledRuns.Sleeper.real())
            .run((day) -> this.starter.run(this.properties, day));
    }

    @Override
    public int getExitCode() {
        return this.exitCode;
    }
}
