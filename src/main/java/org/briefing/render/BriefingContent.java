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
 * Everything one briefing shows.
 *
 * @param generator the tool's name and version, as printed and written into the PDF
 */
public record BriefingContent(Template template, String runId, LocalDate asOf, String generator,
        List<SourceDocument> documents, List<Claim> claims, List<Statement> statements, Reconciliation reconciliation,
        List<QuarantineEntry> quarantine) {

    public BriefingContent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(asOf, "asOf");
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
        statements = List.copyOf(statements);
        Objects.requireNonNull(reconciliation, "reconciliation");
        quarantine = List.copyOf(quarantine);
    }

    public List<Finding> findings() {
        return this.reconciliation.findings();
    }
}
