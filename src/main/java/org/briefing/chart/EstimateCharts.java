package org.briefing.chart;

import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds the briefing's charts from chart points: estimates over time on a logarithmic axis, with
 * a range bar per figure and a marker per series; and figures side by side as horizontal ranges
 * (payments). Open bounds ("up to") are drawn to the edge of the axis. Deterministic: the same
 * points give the same chart.
 */
public final class EstimateCharts {

    static {
        // keeps rotated chart text as text in the PDF, not outlines
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final ChartStyle style;

    public EstimateCharts(ChartStyle style) {
        this.style = style;
    }

    /** Ranges over time on a logarithmic axis; points without a date are left out. */
    public JFreeChart overTime(List<ChartPoint> points, String valueLabel) {
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        double min = Double.MAX_VALUE;
        double max = 1;
        for (ChartPoint point : points) {
            if (point.date() != null) {
                double best = best(point);
                min = Math.min(min, (point.low() != null) ? point.low() : best);
                max = Math.max(max, (point.high() != null) ? point.high() : best);
            }
        }
        double floor = Math.max(1, (min == Double.MAX_VALUE) ? 1 : min / 3);
        double ceiling = max * 3;
        Map<Long, Integer> sameDay = new LinkedHashMap<>();
        for (ChartPoint point : points) {
            if (point.date() == null) {
                continue;
            }
            long x = point.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            int shift = sameDay.merge(x, 1, Integer::sum) - 1;
            x += shift * 86_400_000L * 3; // side by side when several figures share a date
            double best = best(point);
            double low = (point.low() != null) ? point.low() : floor;
            double high = (point.high() != null) ? point.high() : ceiling;
            series.computeIfAbsent(point.series(), YIntervalSeries::new).add(x, best, low, high);
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        series.values().forEach(dataset::addSeries);
        DateAxis time = new DateAxis("Date the figure speaks of");
        SimpleDateFormat month = new SimpleDateFormat("yyyy-MM", Locale.ROOT);
        month.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setDateFormatOverride(month);
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        styleAxis(time);
        LogarithmicAxis values = new LogarithmicAxis(valueLabel);
        values.setStrictValuesFlag(false);
        values.setAllowNegativesFlag(false);
        values.setRange(floor, ceiling);
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
        styleAxis(values);
        YIntervalRenderer renderer = new YIntervalRenderer();
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
            renderer.setSeriesShape(i, ChartStyle.marker(i));
            renderer.setSeriesStroke(i, ChartStyle.stroke(1.6f));
        }
        XYPlot plot = new XYPlot(dataset, time, values, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart(null, this.style.font(10f), plot, true);
        this.style.apply(chart, null);
        return chart;
    }

    /** Figures side by side as horizontal ranges, one row per label. */
    public JFreeChart ranges(List<ChartPoint> points, String valueLabel) {
        List<String> labels = new ArrayList<>();
        double[][] starts = new double[1][points.size()];
        double[][] ends = new double[1][points.size()];
        double max = 1;
        for (ChartPoint point : points) {
            max = Math.max(max, (point.high() != null) ? point.high() : best(point));
        }
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            labels.add(point.label());
            starts[0][i] = (point.low() != null) ? point.low() : 0;
            ends[0][i] = (point.high() != null) ? point.high() : max * 1.2;
            if (ends[0][i] - starts[0][i] < max / 200) {
                ends[0][i] = starts[0][i] + max / 200; // a single figure stays visible
            }
        }
        DefaultIntervalCategoryDataset dataset = new DefaultIntervalCategoryDataset(new String[] { valueLabel },
                labels.toArray(new String[0]), toNumbers(starts), toNumbers(ends));
        CategoryAxis categories = new CategoryAxis();
        styleAxis(categories);
        categories.setMaximumCategoryLabelLines(3);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
        values.setUpperBound(max * 1.25);
        styleAxis(values);
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        renderer.setSeriesPaint(0, ChartStyle.PALETTE[0]);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setMaximumBarWidth(0.25);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart(null, this.style.font(10f), plot, false);
        this.style.apply(chart, null);
        return chart;
    }

    private static Number[][] toNumbers(double[][] values) {
        Number[][] numbers = new Number[values.length][];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = new Number[values[i].length];
            for (int j = 0; j < values[i].length; j++) {
                numbers[i][j] = values[i][j];
            }
        }
        return numbers;
    }

    private void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(this.style.font(8.5f));
        axis.setTickLabelFont(this.style.font(8f));
        axis.setLabelPaint(ChartStyle.INK);
        axis.setTickLabelPaint(ChartStyle.INK);
        axis.setAxisLinePaint(ChartStyle.GRID);
    }

    private static double best(ChartPoint point) {
        if (point.best() != null) {
            return point.best();
        }
        if (point.low() != null && point.high() != null) {
            return Math.sqrt((double) point.low() * point.high());
        }
        return (point.low() != null) ? point.low() : point.high();
    }
}
