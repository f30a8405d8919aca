package org.briefing.app;

import java.nio.file.Path;

import org.briefing.ingest.InputFolder;
import org.briefing.store.ArticleStore;
import org.briefing.store.ClaimStore;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * The totals behind the progress of each step: ingest counts input files, extract counts the
 * run's articles (those extracted before, by an earlier attempt or an earlier run, count as
 * done); the tasklet steps are one item each.
 */
final class StepTotals implements ProgressListener.Totals {

    private final ArticleStore articles;

    private final ClaimStore claims;

    StepTotals(ArticleStore articles, ClaimStore claims) {
        this.articles = articles;
        this.claims = claims;
    }

    @Override
    public ProgressListener.Count of(StepExecution step) {
        JobParameters parameters = step.getJobParameters();
        String runId = parameters.getString(RunPlan.RUN_ID);
        return switch (step.getStepName()) {
            case "ingestStep" -> new ProgressListener.Count(
                    InputFolder.list(Path.of(parameters.getString("seeds"))).size(), this.articles.countInputs(runId));
            case "extractStep" -> new ProgressListener.Count(this.articles.countArticles(runId),
                    this.claims.countExtracted(runId, parameters.getString("profileKey")));
            default -> new ProgressListener.Count(1, 0);
        };
    }
}
