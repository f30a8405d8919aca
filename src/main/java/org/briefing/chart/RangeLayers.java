package org.briefing.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The two layers every estimate chart draws: a thin range bar with end caps per figure, labelled
 * with its reference, and on top a marker at the figure, whose shape and colour tell the series.
 * Only the markers appear in the legend. Open bounds run to the given floor or ceiling.
 */
final class RangeLayers {

    private final ChartStyle style;

    private final List<String> series;

    RangeLayers(ChartStyle style, List<ChartPoint> points) {
        this.style = style;
        this.series = points.stream().map(ChartPoint::series).distinct().sorted(java.util.Comparator.comparingInt(style::index)).toList();
    }

    /**
     * Adds both layers to the plot: points placed at {@code x}, open bounds at floor and ceiling.
     *
     * @param vertical bars run up the page (values on the vertical axis)
     * @param labelled print each point's ref at the end of its bar
     */
    void addTo(XYPlot plot, List<ChartPoint> points, ToDoubleFunction<ChartPoint> x, double floor, double ceiling,
            boolean vertical, boolean labelled) {
        Map<String, YIntervalSeries> ranges = new java.util.LinkedHashMap<>();
        Map<String, XYSeries> marks = new java.util.LinkedHashMap<>();
        Map<String, List<String>> refs = new HashMap<>();
        for (String name : this.series) {
            ranges.put(name, new YIntervalSeries(name, false, true));
            marks.put(name, new XYSeries(name, false, true));
            refs.put(name, new ArrayList<>());
        }
        for (ChartPoint point : points) {
            double at = x.applyAsDouble(point);
            double low = (point.low() != null) ? point.low() : floor;
            double high = (point.high() != null) ? point.high() : ceiling;
            ranges.get(point.series()).add(at, point.marked(), low, high);
            marks.get(point.series()).add(at, point.marked());
            refs.get(point.series()).add(point.ref());
        }
        XYSeriesCollection markers = new XYSeriesCollection();
        marks.values().forEach(markers::addSeries);
        YIntervalSeriesCollection bars = new YIntervalSeriesCollection();
        ranges.values().forEach(bars::addSeries);
        plot.setDataset(0, markers);
        plot.setRenderer(0, markerRenderer());
        plot.setDataset(1, bars);
        plot.setRenderer(1, barRenderer(refs, vertical, labelled));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    }

    private XYLineAndShapeRenderer markerRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < this.series.size(); i++) {
            String name = this.series.get(i);
            renderer.setSeriesPaint(i, this.style.paint(name));
            renderer.setSeriesShape(i, this.style.marker(name));
        }
        renderer.setDefaultShapesFilled(true);
        return renderer;
    }

    private YIntervalRenderer barRenderer(Map<String, List<String>> refs, boolean vertical, boolean labelled) {
        YIntervalRenderer renderer = new YIntervalRenderer();
        for (int i = 0; i < this.series.size(); i++) {
            String name = this.series.get(i);
            renderer.setSeriesPaint(i, this.style.paint(name));
            renderer.setSeriesShape(i, ChartStyle.cap(vertical));
            renderer.setSeriesStroke(i, ChartStyle.stroke(1.4f));
        }
        renderer.setDefaultSeriesVisibleInLegend(false);
        renderer.setDefaultItemLabelGenerator((dataset, s, item) -> refs.get(this.series.get(s)).get(item));
        renderer.setDefaultItemLabelsVisible(labelled);
        renderer.setDefaultItemLabelFont(this.style.font(6.5f));
        renderer.setDefaultItemLabelPaint(ChartStyle.INK);
        renderer.setDefaultPositiveItemLabelPosition(vertical
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return renderer;
    }
}
