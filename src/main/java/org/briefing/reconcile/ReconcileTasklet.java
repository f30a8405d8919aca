package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.briefing.domain.Claim;
import org.briefing.domain.Statement;
import org.briefing.store.ClaimStore;
import org.briefing.store.FindingStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Reads the run's claims, reconciles them, and stores the findings for the render step. */
public class ReconcileTasklet implements Tasklet {

    private final ClaimStore claims;

    private final FindingStore findings;

    private final Reconciler reconciler;

    private final String runId;

    private final String profileKey;

    private final java.nio.file.Path out;

    /** @param out the output folder, whose latest briefing is compared with; {@code null} for none */
    public ReconcileTasklet(ClaimStore claims, FindingStore findings, Reconciler reconciler, String runId,
            String profileKey, java.nio.file.Path out) {
        this.claims = claims;
        this.findings = findings;
        this.reconciler = reconciler;
        this.runId = runId;
        this.profileKey = profileKey;
        this.out = out;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Claim> all = new ArrayList<>();
        this.claims.forEachClaim(this.runId, this.profileKey, all::add);
        List<Statement> statements = new ArrayList<>();
        this.claims.forEachStatement(this.runId, this.profileKey, statements::add);
        PreviousBriefing previous = (this.out == null) ? PreviousBriefing.NONE : PreviousBriefing.read(this.out, this.runId);
        this.findings.replace(this.runId, this.reconciler.reconcile(all, statements, previous));
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }
}
