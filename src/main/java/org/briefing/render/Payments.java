package org.briefing.render;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.briefing.chart.ChartPoint;
import org.briefing.chart.ChartStyle;
import org.briefing.chart.EstimateCharts;
import org.briefing.domain.Claim;
import org.briefing.domain.DerivedFigure;
import org.briefing.template.Template;

/**
 * The payments chart: every claim of the template's money metric in one currency (the one most
 * claims are in), one row each,
 * then the figures derived from them (per brigade, per worker…) in a series of their own, labelled
 * "derived" so that no reader takes a computed figure for a reported one.
 */
final class Payments {

    static final String REPORTED = "reported";

    static final String DERIVED = "derived here, not reported";

    private final Template template;

    private final Refs refs;

    private final EstimateCharts charts;

    Payments(Template template, Refs refs) {
        this.template = template;
        this.refs = refs;
        this.charts = new EstimateCharts(new ChartStyle(BriefingView.bodyFont(template), List.of(REPORTED, DERIVED)));
    }

    Optional<BriefingCharts.Chart> chart(List<Claim> claims, List<DerivedFigure> derived) {
        List<Claim> money = claims.stream()
            .filter((c) -> c.metric().equals(this.template.charts().moneyMetric()) && c.quantity().isMoney())
            .toList();
        if (money.isEmpty()) {
            return Optional.empty();
        }
        // the currency most claims are in (the first to reach that count on a tie), so that one
        // conversion in won does not hide the dollars
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        money.forEach((c) -> counts.merge(c.quantity().currency(), 1L, Long::sum));
        String currency = counts.entrySet()
            .stream()
            .reduce((a, b) -> (b.getValue() > a.getValue()) ? b : a)
            .orElseThrow()
            .getKey();
        List<Claim> same = money.stream().filter((c) -> currency.equals(c.quantity().currency())).toList();
        List<DerivedFigure> computed = derived.stream()
            .filter((d) -> currency.equals(d.unit()) && (d.low() != null || d.high() != null))
            .toList();
        List<ChartPoint> points = new ArrayList<>();
        for (Claim claim : same) {
            String ref = this.refs.ref(claim.id());
            points.add(new ChartPoint(REPORTED, ref, ref + " " + FigureFormat.figure(claim.quantity()), null,
                    claim.quantity().wholeLow(), exact(claim.quantity().wholeLow(), claim.quantity().wholeHigh()),
                    claim.quantity().wholeHigh()));
        }
        for (DerivedFigure figure : computed) {
            String text = FigureFormat.bounds(figure.low(), figure.high(), currency, figure.per(), currency);
            points.add(new ChartPoint(DERIVED, figure.id(), "derived " + figure.id() + ": " + text, null, figure.low(),
                    exact(figure.low(), figure.high()), figure.high()));
        }
        String others = money.stream().filter((c) -> !currency.equals(c.quantity().currency()))
            .map((c) -> this.refs.ref(c.id())).collect(Collectors.joining(", "));
        NumberFormat format = NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return Optional.of(new BriefingCharts.Chart("payments", "Payment figures in " + currency,
                "Payment figures in " + currency + ", one row each: " + points.stream()
                    .map(ChartPoint::label).collect(Collectors.joining("; ")),
                "One bar per claim in " + currency + ", from its low to its high figure; an upper bound alone"
                        + " (\"up to\") is drawn from zero." + (computed.isEmpty() ? ""
                                : " Rows marked \"derived\" were computed in this briefing from the claims they cite"
                                        + " (see Reconciled estimates), not reported by any source.")
                        + (others.isEmpty() ? "" : " Not drawn, as in another currency: " + others + "."),
                Math.min(110, 26 + 9 * points.size()),
                this.charts.rows(points, List.of(), currency, false, format)));
    }

    private static Long exact(Long low, Long high) {
        return (low != null && low.equals(high)) ? low : null;
    }
}
