package org.briefing.reconcile;

import java.nio.file.Path;
import java.util.Objects;

import org.briefing.domain.Claim;
import org.briefing.domain.Statement;
import org.briefing.store.ClaimStore;
import org.briefing.store.FindingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Streams the run's claims and statements from the database into bounded samples
 * ({@link EvidenceSample}), reconciles them, and stores the findings for the render step. Memory
 * depends on the number of questions, months and sources, not on the number of articles.
 */
public class ReconcileTasklet implements Tasklet {

    private static final Logger logger = LoggerFactory.getLogger(ReconcileTasklet.class);

    private final ClaimStore claims;

    private final FindingStore findings;

    private final Reconciler reconciler;

    private final String runId;

    private final String profileKey;

    private final Path out;

    /** @param out the output folder, whose latest briefing is compared with; {@code null} for none */
    public ReconcileTasklet(ClaimStore claims, FindingStore findings, Reconciler reconciler, String runId,
            String profileKey, Path out) {
        this.claims = claims;
        this.findings = findings;
        this.reconciler = reconciler;
        this.runId = runId;
        this.profileKey = profileKey;
        this.out = out;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        EvidenceSample<Claim> claimSample = new EvidenceSample<>(this.reconciler::group, this.reconciler::originator,
                Claim::asOf, Claim::id);
        this.claims.forEachClaim(this.runId, this.profileKey, claimSample::add);
        EvidenceSample<Statement> statementSample = new EvidenceSample<>(
                (s) -> String.join("|", s.kind(), Objects.toString(s.polarity(), ""), Objects.toString(s.about(), ""),
                        (s.asOf() == null) ? Periods.UNDATED : s.asOf().toMonth().toString()),
                this.reconciler::originator, Statement::asOf, Statement::id);
        this.claims.forEachStatement(this.runId, this.profileKey, statementSample::add);
        if (claimSample.kept() < claimSample.seen() || statementSample.kept() < statementSample.seen()) {
            logger.info("reconciling a sample: {} of {} claims, {} of {} statements (the latest of each source per question"
                    + " and month)", claimSample.kept(), claimSample.seen(), statementSample.kept(), statementSample.seen());
        }
        PreviousBriefing previous = (this.out == null) ? PreviousBriefing.NONE : PreviousBriefing.read(this.out, this.runId);
        this.findings.replace(this.runId,
                this.reconciler.reconcile(claimSample.items(), statementSample.items(), previous));
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }
}
