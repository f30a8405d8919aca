package org.briefing.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.briefing.chart.ChartPoint;
import org.briefing.chart.ChartStyle;
import org.briefing.chart.EstimateCharts;
import org.briefing.domain.Claim;
import org.briefing.domain.Finding;
import org.briefing.domain.PartialDate;
import org.briefing.domain.QuarantineEntry;
import org.briefing.domain.Source;
import org.briefing.template.FontSpec;
import org.briefing.template.MetricSpec;
import org.briefing.template.SourceRegistry;
import org.briefing.template.Template;
import org.jfree.chart.JFreeChart;

/**
 * The values a template shows, built from the briefing's content: every text already formatted
 * for readers, every claim with its reference ({@code C1}, {@code C2}…), and the charts. Values are
 * plain maps and lists, so that template expressions stay simple ({@code ${c.figure}}).
 */
public final class BriefingView {

    /** A chart: its id in the template's {@code <object data-chart>}, its texts, and the chart. */
    public record Chart(String id, String title, String alt, String caption, JFreeChart chart) {
    }

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private final List<Chart> charts = new ArrayList<>();

    private BriefingView() {
    }

    public static BriefingView of(BriefingContent content) {
        BriefingView view = new BriefingView();
        Template template = content.template();
        SourceRegistry registry = template.registry();
        Map<String, String> refs = new LinkedHashMap<>();
        for (Claim claim : content.claims()) {
            refs.put(claim.id(), "C" + (refs.size() + 1));
        }
        Map<String, Object> v = view.variables;
        v.put("title", template.title());
        v.put("subtitle", template.subtitle());
        v.put("subject", template.subject().name());
        v.put("handling", template.handling());
        v.put("asOf", content.asOf().toString());
        v.put("runId", content.runId());
        v.put("generator", content.generator());
        v.put("articleCount", content.documents().size());
        v.put("claimCount", content.claims().size());
        v.put("claims", content.claims().stream().map((c) -> claimRow(c, refs, registry, template)).toList());
        v.put("findings", content.findings().stream().map((f) -> findingRow(f, content.claims(), refs)).toList());
        v.put("sources", sourceRows(content.documents()));
        v.put("quarantine", content.quarantine().stream().map(BriefingView::quarantineRow).toList());
        view.addCharts(content, refs, registry, template);
        v.put("charts", view.charts.stream().map(BriefingView::chartRow).toList());
        return view;
    }

    public Map<String, Object> variables() {
        return this.variables;
    }

    public List<Chart> charts() {
        return List.copyOf(this.charts);
    }

    private static Map<String, Object> claimRow(Claim claim, Map<String, String> refs, SourceRegistry registry,
            Template template) {
        Map<String, Object> row = new LinkedHashMap<>();
        Source source = (claim.source() == null) ? null : registry.resolve(claim.source());
        row.put("ref", refs.get(claim.id()));
        row.put("id", claim.id());
        row.put("figure", FigureFormat.figure(claim.quantity()));
        row.put("metric", metricLabel(template, claim) + ((claim.status() != null) ? ", " + claim.status() : ""));
        row.put("source", (claim.source() == null) ? "the publishing outlet" : claim.source());
        row.put("reliability", (source == null) ? "" : source.reliability());
        row.put("via", claim.via().isEmpty() ? "" : "via " + String.join(" ← ", reversed(claim.via())));
        row.put("modality", claim.modality().toString().replace('_', ' '));
        row.put("asOf", (claim.asOf() == null) ? "undated" : claim.asOf().toString());
        row.put("quote", "“" + claim.quote() + "”");
        row.put("document", claim.document() + ", characters " + claim.start() + "–" + claim.end()
                + ((claim.mentions().size() > 1) ? " (" + claim.mentions().size() + " mentions)" : ""));
        return row;
    }

    private static List<String> reversed(List<String> via) {
        List<String> copy = new ArrayList<>(via);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String metricLabel(Template template, Claim claim) {
        String label = template.metric(claim.metric()).map(MetricSpec::label).orElse(claim.metric());
        return (claim.kind() == null) ? label : label + " (" + claim.kind() + ")";
    }

    private static Map<String, Object> findingRow(Finding finding, List<Claim> claims, Map<String, String> refs) {
        Map<String, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::id, (c) -> c, (a, b) -> a));
        List<Claim> members = finding.claimIds().stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", finding.question().label());
        row.put("figures", members.stream()
            .map((c) -> FigureFormat.figure(c.quantity()) + " [" + refs.get(c.id()) + "]")
            .collect(Collectors.joining("; ")));
        List<PartialDate> dates = members.stream().map(Claim::asOf).filter(Objects::nonNull).sorted().toList();
        row.put("period", dates.isEmpty() ? "undated"
                : dates.get(0).equals(dates.get(dates.size() - 1)) ? dates.get(0).toString()
                        : dates.get(0) + " to " + dates.get(dates.size() - 1));
        row.put("claimRefs", members.stream().map((c) -> refs.get(c.id())).collect(Collectors.joining(", ")));
        return row;
    }

    private static List<Map<String, Object>> sourceRows(List<SourceDocument> documents) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SourceDocument document : documents) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ref", "S" + (rows.size() + 1));
            row.put("title", document.title());
            row.put("fileName", document.fileName());
            row.put("publisher", (document.publisher() == null) ? "unknown" : document.publisher());
            row.put("publisherBasis", document.publisherBasis());
            row.put("published", (document.published() == null) ? "undated" : document.published().toString());
            row.put("publishedBasis", document.publishedBasis());
            row.put("sha256", document.id());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> quarantineRow(QuarantineEntry entry) {
        return Map.of("fileName", entry.fileName(), "reason", entry.reason());
    }

    private static Map<String, Object> chartRow(Chart chart) {
        return Map.of("id", chart.id(), "title", chart.title(), "alt", chart.alt(), "caption", chart.caption());
    }

    private void addCharts(BriefingContent content, Map<String, String> refs, SourceRegistry registry,
            Template template) {
        EstimateCharts charts = new EstimateCharts(new ChartStyle(bodyFont(template)));
        List<Claim> people = content.claims()
            .stream()
            .filter((c) -> template.charts().personnelMetrics().contains(c.metric()))
            .toList();
        if (!people.isEmpty()) {
            List<ChartPoint> points = people.stream().map((c) -> point(c, refs, registry)).toList();
            String undated = people.stream()
                .filter((c) -> c.asOf() == null)
                .map((c) -> refs.get(c.id()))
                .collect(Collectors.joining(", "));
            this.charts.add(new Chart("personnel", "Personnel estimates over time",
                    "Range of each personnel figure by the date it speaks of, logarithmic scale: " + describe(people, refs),
                    "One bar per claim, from its low to its high figure (logarithmic scale); open bounds run to the edge"
                            + " of the chart. Marker and colour show the kind of source."
                            + (undated.isEmpty() ? "" : " Not drawn, as undated: " + undated + "."),
                    charts.overTime(points, "Persons (log scale)")));
        }
        List<Claim> money = content.claims()
            .stream()
            .filter((c) -> c.metric().equals(template.charts().moneyMetric()) && c.quantity().isMoney())
            .toList();
        if (!money.isEmpty()) {
            String currency = money.get(0).quantity().currency();
            List<Claim> same = money.stream().filter((c) -> currency.equals(c.quantity().currency())).toList();
            List<ChartPoint> points = same.stream()
                .map((c) -> new ChartPoint(currency, refs.get(c.id()) + " " + sourceName(c) + ", "
                        + ((c.asOf() == null) ? "undated" : c.asOf()) + ": " + FigureFormat.figure(c.quantity()),
                        null, c.quantity().low(), null, c.quantity().high()))
                .toList();
            this.charts.add(new Chart("payments", "Payment figures",
                    "Payment figures in " + currency + ": " + describe(same, refs),
                    "One bar per claim in " + currency + "; an upper bound alone (\"up to\") is drawn from zero.",
                    charts.ranges(points, currency)));
        }
    }

    private static String describe(List<Claim> claims, Map<String, String> refs) {
        return claims.stream()
            .map((c) -> refs.get(c.id()) + " " + FigureFormat.figure(c.quantity()) + " ("
                    + ((c.asOf() == null) ? "undated" : c.asOf()) + ", " + sourceName(c) + ")")
            .collect(Collectors.joining("; "));
    }

    private static String sourceName(Claim claim) {
        return (claim.source() != null) ? claim.source() : (claim.via().isEmpty() ? "unattributed" : claim.via().get(0));
    }

    private static ChartPoint point(Claim claim, Map<String, String> refs, SourceRegistry registry) {
        String kind = (claim.source() == null) ? "outlet's own" : registry.resolve(registry.originator(claim.source())).kind();
        LocalDate date = (claim.asOf() == null) ? null : claim.asOf().start().plusDays(claim.asOf().hasDay() ? 0 : 14);
        Long best = (claim.quantity().low() != null && claim.quantity().low().equals(claim.quantity().high()))
                ? claim.quantity().low() : null;
        return new ChartPoint(kind.replace('-', ' '), refs.get(claim.id()), date, claim.quantity().low(), best,
                claim.quantity().high());
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
