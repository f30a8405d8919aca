package org.briefing.app;

import java.time.Clock;
import java.time.ZoneId;

import org.briefing.store.ArticleStore;
import org.briefing.store.ClaimStore;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What starts runs and watches them: the clock, the run starter, progress and the test's pause hook. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BriefingProperties.class)
class LauncherConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    PlannedInputs plannedInputs() {
        return new PlannedInputs();
    }

    @Bean
    RunStarter runStarter(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob, Clock clock,
            @Value("${briefing.version:dev}") String version, PlannedInputs plannedInputs) {
        return new RunStarter(new RunPlanner(clock, version), jobOperator, jobRepository, briefingJob,
                new RunLog(ZoneId.systemDefault()), plannedInputs);
    }

    @Bean
    ProgressListener progressListener(BriefingProperties properties, ArticleStore articles, ClaimStore claims) {
        return new ProgressListener(ProgressView.of(properties.progress()), new StepTotals(articles, claims),
                System::nanoTime);
    }

    /** Does nothing unless {@code briefing.test.pause-at} names a point (see {@link PausePoint}). */
    @Bean
    PausePoint pausePoint(@Value("${briefing.test.pause-at:}") String point) {
        return new PausePoint(point);
    }
}
