package org.briefing.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.briefing.domain.Claim;
import org.briefing.domain.Finding;
import org.briefing.domain.QuarantineEntry;
import org.briefing.template.Template;

/**
 * Everything one briefing shows.
 *
 * @param generator the tool's name and version, as printed and written into the PDF
 */
public record BriefingContent(Template template, String runId, LocalDate asOf, String generator,
        List<SourceDocument> documents, List<Claim> claims, List<Finding> findings, List<QuarantineEntry> quarantine) {

    public BriefingContent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(asOf, "asOf");
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
        findings = List.copyOf(findings);
        quarantine = List.copyOf(quarantine);
    }
}
