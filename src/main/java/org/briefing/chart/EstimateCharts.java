package org.briefing.chart;

import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Builds the briefing's charts from chart points: figures over time on a logarithmic axis, and
 * figures one per row (estimates by source, payments). Every figure is a thin range bar with its
 * reference beside it and a marker by series; consensus ranges are drawn as light bands behind
 * them. Open bounds ("up to") run to the edge of the axis. Deterministic: the same points give the
 * same chart.
 */
public final class EstimateCharts {

    static {
        // keeps rotated chart text as text in the PDF, not outlines
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private static final long DAY = 86_400_000L;

    private final ChartStyle style;

    public EstimateCharts(ChartStyle style) {
        this.style = style;
    }

    /** Ranges by the date they speak of, on a logarithmic axis; points without a date are left out. */
    public JFreeChart overTime(List<ChartPoint> points, List<Band> bands, String valueLabel) {
        List<ChartPoint> dated = points.stream().filter((p) -> p.date() != null).toList();
        double[] span = span(dated, bands);
        double floor = span[0] / 3;
        double ceiling = span[1] * 3;
        long first = dated.stream().map(ChartPoint::date).min(LocalDate::compareTo).map(EstimateCharts::millis).orElse(0L);
        long last = dated.stream().map(ChartPoint::date).max(LocalDate::compareTo).map(EstimateCharts::millis).orElse(0L);
        // figures of one date stand side by side, centred on it, so none drifts into another month
        long step = Math.max(3 * DAY, (last - first) / 90);
        Map<Long, List<ChartPoint>> byDate = new java.util.LinkedHashMap<>();
        dated.forEach((p) -> byDate.computeIfAbsent(millis(p.date()), (d) -> new java.util.ArrayList<>()).add(p));
        Map<ChartPoint, Double> x = new IdentityHashMap<>();
        byDate.forEach((at, same) -> {
            for (int i = 0; i < same.size(); i++) {
                x.put(same.get(i), at + (i - (same.size() - 1) / 2.0) * step);
            }
        });
        DateAxis time = new DateAxis("Date the figure speaks of");
        SimpleDateFormat month = new SimpleDateFormat("yyyy-MM", Locale.ROOT);
        month.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setDateFormatOverride(month);
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setLowerMargin(0.04);
        time.setUpperMargin(0.08);
        this.style.axis(time);
        SparseLogAxis values = new SparseLogAxis(valueLabel, NumberFormat.getIntegerInstance(Locale.ENGLISH));
        values.setRange(floor, ceiling);
        this.style.axis(values);
        XYPlot plot = plot(time, values);
        new RangeLayers(this.style, dated).addTo(plot, dated, x::get, floor, ceiling, true, true);
        for (Band band : bands) {
            long from = (band.from() != null) ? millis(band.from()) - 10 * DAY : first - 30 * DAY;
            long to = (band.to() != null) ? millis(band.to()) + 10 * DAY : last + 30 * DAY;
            plot.getRenderer(1).addAnnotation(new XYBoxAnnotation(from, band.low(), to, band.high(), null, null,
                    ChartStyle.BAND), Layer.BACKGROUND);
            if (band.best() != null) {
                plot.getRenderer(1).addAnnotation(new XYLineAnnotation(from, band.best(), to, band.best(),
                        ChartStyle.stroke(0.6f), ChartStyle.BAND_LINE), Layer.BACKGROUND);
            }
            // below the band, running inwards from its nearer edge, clear of the figures' labels above bars
            boolean right = (from + to) / 2 > (first + last) / 2;
            XYTextAnnotation label = new XYTextAnnotation(band.label(), right ? to : from, band.low());
            label.setFont(this.style.font(6.5f));
            label.setPaint(ChartStyle.BAND_LINE.darker());
            label.setTextAnchor(right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            plot.getRenderer(1).addAnnotation(label, Layer.BACKGROUND);
        }
        return chart(plot);
    }

    /**
     * One figure per row, top to bottom in the given order, with the row labels on the left.
     *
     * @param logScale a logarithmic value axis (for figures of different magnitudes), else linear
     * from zero
     * @param format how value-axis ticks are written
     */
    public JFreeChart rows(List<ChartPoint> points, List<Band> bands, String valueLabel, boolean logScale,
            NumberFormat format) {
        String[] labels = points.stream().map(ChartPoint::label).toArray(String[]::new);
        SymbolAxis rows = new SymbolAxis(null, labels);
        rows.setGridBandsVisible(false);
        rows.setInverted(true);
        rows.setRange(-0.6, labels.length - 0.4);
        this.style.axis(rows);
        double[] span = span(points, bands);
        double floor = logScale ? span[0] / 3 : 0;
        double ceiling = logScale ? span[1] * 3 : span[1] * 1.15;
        ValueAxis values;
        if (logScale) {
            values = new SparseLogAxis(valueLabel, format);
        }
        else {
            NumberAxis linear = new NumberAxis(valueLabel);
            linear.setNumberFormatOverride(format);
            values = linear;
        }
        values.setRange(floor, ceiling);
        this.style.axis(values);
        XYPlot plot = plot(rows, values);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        Map<ChartPoint, Integer> index = new IdentityHashMap<>();
        points.forEach((p) -> index.putIfAbsent(p, index.size()));
        // the row label names the figure: no label at the bar
        new RangeLayers(this.style, points).addTo(plot, points, (p) -> index.get(p), floor, ceiling, false, false);
        for (Band band : bands) {
            IntervalMarker marker = new IntervalMarker(band.low(), band.high(), ChartStyle.BAND);
            marker.setAlpha(1f);
            marker.setLabel(band.label());
            marker.setLabelFont(this.style.font(6.5f));
            marker.setLabelPaint(ChartStyle.BAND_LINE.darker());
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelBackgroundColor(ChartStyle.BAND);
            plot.addRangeMarker(1, marker, Layer.BACKGROUND);
            if (band.best() != null) {
                ValueMarker best = new ValueMarker(band.best(), ChartStyle.BAND_LINE, ChartStyle.stroke(0.6f));
                best.setAlpha(1f);
                plot.addRangeMarker(1, best, Layer.BACKGROUND);
            }
        }
        return chart(plot);
    }

    private static XYPlot plot(ValueAxis domain, ValueAxis range) {
        XYPlot plot = new XYPlot(null, domain, range, null);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(ChartStyle.stroke(0.4f));
        plot.setRangeGridlineStroke(ChartStyle.stroke(0.4f));
        return plot;
    }

    private JFreeChart chart(XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, this.style.font(9f), plot, true);
        this.style.apply(chart);
        return chart;
    }

    /** The lowest and highest finite value among the points and bands (at least 1). */
    private static double[] span(List<ChartPoint> points, List<Band> bands) {
        double min = Double.MAX_VALUE;
        double max = 1;
        for (ChartPoint point : points) {
            min = Math.min(min, point.lowest());
            max = Math.max(max, point.highest());
        }
        for (Band band : bands) {
            min = Math.min(min, Math.max(1, band.low()));
            max = Math.max(max, band.high());
        }
        return new double[] { Math.max(1, (min == Double.MAX_VALUE) ? 1 : min), max };
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
