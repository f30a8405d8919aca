package org.briefing.render;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.briefing.chart.Band;
import org.briefing.chart.ChartPoint;
import org.briefing.chart.ChartStyle;
import org.briefing.chart.EstimateCharts;
import org.briefing.domain.Claim;
import org.briefing.domain.Finding;
import org.briefing.domain.PartialDate;
import org.briefing.domain.Quantity;
import org.briefing.template.SourceRegistry;
import org.briefing.template.Template;

/**
 * Chooses the briefing's charts and turns claims and findings into chart points: personnel
 * estimates over time, personnel estimates by source for the latest month, and payments with the
 * derived per-unit figures. A chart with nothing to draw is left out. Each chart carries a text
 * alternative listing every figure it draws, for readers who cannot see it.
 */
final class BriefingCharts {

    /** A chart: its id in the template's {@code <object data-chart>}, its texts, height and the chart. */
    record Chart(String id, String title, String alt, String caption, int heightMm,
            org.jfree.chart.JFreeChart chart) {
    }

    /** Kinds of source in a fixed order, so that a kind has one colour and marker in every chart. */
    static final List<String> SERIES = List.of("intelligence", "media", "official", "government", "person", "think tank",
            "military", "state media", "anonymous", "unknown", "outlet's own");

    private final Template template;

    private final SourceRegistry registry;

    private final Refs refs;

    private final EstimateCharts charts;

    BriefingCharts(Template template, Refs refs) {
        this.template = template;
        this.registry = template.registry();
        this.refs = refs;
        this.charts = new EstimateCharts(new ChartStyle(BriefingView.bodyFont(template), SERIES));
    }

    List<Chart> charts(BriefingContent content) {
        List<Chart> charts = new ArrayList<>();
        List<Claim> people = content.claims()
            .stream()
            .filter((c) -> this.template.charts().personnelMetrics().contains(c.metric()))
            .toList();
        List<Finding> peopleFindings = content.findings()
            .stream()
            .filter((f) -> this.template.charts().personnelMetrics().contains(f.question().metric()))
            .toList();
        if (people.stream().anyMatch((c) -> c.asOf() != null)) {
            charts.add(overTime(people, peopleFindings));
            charts.add(latest(people, peopleFindings));
        }
        Payments payments = new Payments(this.template, this.refs);
        payments.chart(content.claims(), content.reconciliation().derived()).ifPresent(charts::add);
        return charts;
    }

    private Chart overTime(List<Claim> people, List<Finding> findings) {
        List<ChartPoint> points = people.stream().map((c) -> point(c, null)).toList();
        List<Band> bands = bands(findings, null);
        String undated = people.stream().filter((c) -> c.asOf() == null).map((c) -> this.refs.ref(c.id()))
            .collect(Collectors.joining(", "));
        return new Chart("personnel", "Personnel estimates over time",
                "Personnel figures by the date they speak of, on a logarithmic scale: " + describe(people),
                "One bar per claim from its low to its high figure, on a logarithmic scale, labelled with its"
                        + " reference in the claim register; open bounds run to the edge of the chart. The marker sits"
                        + " at the figure, or the middle of a range; its shape and colour show the kind of source."
                        + (bands.isEmpty() ? "" : " Shaded: the consensus range of a finding, its best estimate as a line.")
                        + (undated.isEmpty() ? ""
                                : " Not drawn, as undated: " + undated + "."),
                95, this.charts.overTime(points, bands, "Persons (logarithmic scale)"));
    }

    private Chart latest(List<Claim> people, List<Finding> findings) {
        PartialDate month = people.stream().map(Claim::asOf).filter(Objects::nonNull).map(PartialDate::toMonth)
            .max(PartialDate::compareTo).orElseThrow();
        List<Claim> recent = people.stream().filter((c) -> c.asOf() != null && c.asOf().toMonth().equals(month))
            .toList();
        List<ChartPoint> points = recent.stream().map((c) -> point(c, rowLabel(c))).toList();
        List<Band> bands = bands(findings, month.toString());
        double spread = points.stream().mapToDouble((p) -> (p.high() != null) ? p.high() : p.low()).max().orElse(1)
                / Math.max(1, points.stream().mapToDouble((p) -> (p.low() != null) ? p.low() : p.high()).min().orElse(1));
        return new Chart("latest", "Personnel estimates by source, " + month,
                "Personnel figures that speak of " + month + ", one row per claim: " + describe(recent),
                "Every personnel claim that speaks of " + month + ", the latest month with figures, one row each,"
                        + " with its status; marker and colour by kind of source, as above."
                        + (bands.isEmpty() ? "" : " Shaded: the consensus range of a finding for that month."),
                Math.min(120, 24 + 8 * points.size()),
                this.charts.rows(points, bands, "Persons", spread > 20,
                        NumberFormat.getIntegerInstance(Locale.ENGLISH)));
    }

    /** Consensus bands of findings; of one period only when {@code period} is given. */
    private List<Band> bands(List<Finding> findings, String period) {
        List<Band> bands = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.consensus() == null || finding.consensus().low() == null || finding.consensus().high() == null) {
                continue;
            }
            String own = finding.question().period();
            if (period != null && own != null && !own.equals(period)) {
                continue;
            }
            PartialDate date = (own == null || own.equals("undated")) ? null : PartialDate.parse(own);
            bands.add(new Band("consensus " + finding.id() + ": " + FigureFormat.bounds(finding.consensus().low(),
                    finding.consensus().high(), "persons", null, null), (date == null) ? null : date.start(),
                    (date == null) ? null : date.end(), Quantity.whole(finding.consensus().low()),
                    Quantity.whole(finding.consensus().best()), Quantity.whole(finding.consensus().high())));
        }
        return bands;
    }

    private ChartPoint point(Claim claim, String label) {
        String kind = (claim.source() == null) ? "outlet's own"
                : this.registry.resolve(this.registry.originator(claim.source())).kind().replace('-', ' ');
        LocalDate date = (claim.asOf() == null) ? null : claim.asOf().start().plusDays(claim.asOf().hasDay() ? 0 : 14);
        Long low = claim.quantity().wholeLow(); // a chart's point: 21.7 is drawn at 22, labelled 21.7
        Long high = claim.quantity().wholeHigh();
        Long best = (low != null && low.equals(high)) ? low : null;
        return new ChartPoint(kind, this.refs.ref(claim.id()), label, date, low, best, high);
    }

    private String rowLabel(Claim claim) {
        String source = (claim.source() == null) ? "outlet" : claim.source();
        if (source.length() > 40) {
            source = source.substring(0, 39) + "…";
        }
        return this.refs.ref(claim.id()) + " " + source + ((claim.status() == null) ? "" : ", " + claim.status());
    }

    private String describe(List<Claim> claims) {
        return claims.stream()
            .map((c) -> this.refs.ref(c.id()) + " " + FigureFormat.figure(c.quantity()) + " ("
                    + ((c.asOf() == null) ? "undated" : c.asOf()) + ", "
                    + ((c.source() == null) ? "the outlet" : c.source()) + ")")
            .collect(Collectors.joining("; "));
    }
}
