package org.briefing.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.domain.QuarantineEntry;
import org.briefing.domain.Reconciliation;
import org.briefing.template.FontSpec;
import org.briefing.template.Template;

/**
 * The values a template shows, built from the briefing's content: every text already formatted
 * for readers, every claim with its reference ({@code C1}, {@code C2}…) and every citation as a
 * link, and the charts. Values are plain maps and lists, so that template expressions stay simple
 * ({@code ${c.figure}}). The variables are listed in {@code docs/rendering.md}.
 */
public final class BriefingView {

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private final List<BriefingCharts.Chart> charts;

    private BriefingView(List<BriefingCharts.Chart> charts) {
        this.charts = List.copyOf(charts);
    }

    public static BriefingView of(BriefingContent content) {
        Template template = content.template();
        Reconciliation reconciliation = content.reconciliation();
        Refs refs = new Refs(content.claims(), content.statements(), content.documents());
        reconciliation.findings().forEach((f) -> refs.addFinding(f.id()));
        BriefingView view = new BriefingView(new BriefingCharts(template, refs).charts(content));
        Map<String, Object> v = view.variables;
        v.put("title", template.title());
        v.put("subtitle", template.subtitle());
        v.put("subject", template.subject().name());
        v.put("handling", template.handling());
        v.put("asOf", content.asOf().toString());
        v.put("runId", content.runId());
        v.put("generator", content.generator());
        BriefingContent.Totals totals = content.totals();
        v.put("articleCount", totals.articles());
        v.put("claimCount", totals.claims());
        v.put("statementCount", totals.statements());
        v.put("claimsOmitted", totals.claims() - content.claims().size());
        v.put("statementsOmitted", totals.statements() - content.statements().size());
        v.put("sourcesOmitted", totals.articles() - content.documents().size());
        v.put("claimsAttached", totals.claimsAttached());
        v.put("findingCount", reconciliation.findings().size());
        FindingRows findings = new FindingRows(refs, content.claims());
        v.put("judgments", reconciliation.judgments().stream().map(findings::judgment).toList());
        v.put("changes", reconciliation.changes().stream().map(findings::change).toList());
        v.put("findings", reconciliation.findings().stream().map(findings::finding).toList());
        v.put("derived", reconciliation.derived().stream().map(findings::derived).toList());
        List<Map<String, Object>> conflicts = findings.conflicts(reconciliation.findings());
        v.put("contradictions", RegisterSelection.first(reconciliation.contradictions(), RegisterSelection.CONFLICT_ROWS)
            .stream()
            .map(findings::flag)
            .toList());
        v.put("conflicts", RegisterSelection.first(conflicts, RegisterSelection.CONFLICT_ROWS));
        v.put("conflictsOmitted", Math.max(0, reconciliation.contradictions().size() - RegisterSelection.CONFLICT_ROWS)
                + Math.max(0, conflicts.size() - RegisterSelection.CONFLICT_ROWS));
        RegisterRows register = new RegisterRows(template, refs);
        v.put("claims", content.claims().stream().map(register::claim).toList());
        v.put("statements", content.statements().stream().map(register::statement).toList());
        v.put("sources", content.documents().stream().map((d) -> register.document(d, content.claims())).toList());
        v.put("quarantine", content.quarantine().stream().map(BriefingView::quarantineRow).toList());
        v.put("charts", view.charts.stream().map(BriefingView::chartRow).toList());
        return view;
    }

    public Map<String, Object> variables() {
        return this.variables;
    }

    List<BriefingCharts.Chart> charts() {
        return this.charts;
    }

    private static Map<String, Object> quarantineRow(QuarantineEntry entry) {
        return Map.of("fileName", entry.fileName(), "reason", entry.reason());
    }

    private static Map<String, Object> chartRow(BriefingCharts.Chart chart) {
        return Map.of("id", chart.id(), "title", chart.title(), "alt", chart.alt(), "caption", chart.caption(),
                "style", "height: " + chart.heightMm() + "mm");
    }

    /** The template's first regular font as an AWT font, so that chart text uses the embedded face. */
    static Font bodyFont(Template template) {
        FontSpec spec = template.fonts()
            .stream()
            .filter((f) -> f.weight() == 400 && f.style().equals("normal"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("template " + template.name() + " has no regular font"));
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(template.files().read(spec.file())));
        }
        catch (FontFormatException ex) {
            throw new IllegalStateException("not a TrueType font: " + spec.file(), ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
