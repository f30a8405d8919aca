package org.briefing.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.briefing.domain.Claim;
import org.briefing.domain.Finding;
import org.briefing.domain.QuarantineEntry;
import org.briefing.domain.Reconciliation;
import org.briefing.domain.Statement;
import org.briefing.template.Template;

/**
 * Everything one briefing shows. A large run shows a selection of its documents, claims and
 * statements (those the findings cite first); {@code totals} counts them all.
 *
 * @param generator the tool's name and version, as printed and written into the PDF
 */
public record BriefingContent(Template template, String runId, LocalDate asOf, String generator,
        List<SourceDocument> documents, List<Claim> claims, List<Statement> statements, Reconciliation reconciliation,
        List<QuarantineEntry> quarantine, Totals totals) {

    /**
     * What the run holds in all, beyond what the briefing shows.
     *
     * @param claimsAttached whether {@code claims.json} is attached to the PDF (it is not when very large)
     */
    public record Totals(long articles, long claims, long statements, boolean claimsAttached) {
    }

    /** Content that shows every document, claim and statement. */
    public BriefingContent(Template template, String runId, LocalDate asOf, String generator,
            List<SourceDocument> documents, List<Claim> claims, List<Statement> statements, Reconciliation reconciliation,
            List<QuarantineEntry> quarantine) {
        this(template, runId, asOf, generator, documents, claims, statements, reconciliation, quarantine,
                new Totals(documents.size(), claims.size(), statements.size(), true));
    }

    public BriefingContent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(asOf, "asOf");
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
        statements = List.copyOf(statements);
        Objects.requireNonNull(reconciliation, "reconciliation");
        quarantine = List.copyOf(quarantine);
        Objects.requireNonNull(totals, "totals");
    }

    public List<Finding> findings() {
        return this.reconciliation.findings();
    }
}
