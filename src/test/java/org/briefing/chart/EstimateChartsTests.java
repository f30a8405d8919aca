package org.briefing.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EstimateChartsTests {

    private static final ChartStyle STYLE = new ChartStyle(new Font(Font.SANS_SERIF, Font.PLAIN, 10),
            List.of("intelligence", "media", "official"));

    private static final EstimateCharts CHARTS = new EstimateCharts(STYLE);

    private static final LocalDate OCTOBER = LocalDate.of(2024, 10, 15);

    @Test
    void keepsLogTicksAtOneTwoAndFiveOfEachDecadeOnly() {
        assertThat(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 500.0, 100_000.0)).allMatch(SparseLogAxis::keeps);
        assertThat(List.of(3.0, 4.0, 7.0, 30.0, 9000.0)).noneMatch(SparseLogAxis::keeps);
    }

    @Test
    void drawsEachLogTickOnceWithItsLabel() {
        JFreeChart chart = CHARTS.overTime(List.of(point("intelligence", "C1", OCTOBER, 300L, 500L),
                point("media", "C2", OCTOBER, 11_000L, 11_000L)), List.of(), "Persons");
        XYPlot plot = chart.getXYPlot();
        Graphics2D g2 = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB).createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 600, 400));

        List<?> ticks = plot.getRangeAxis().refreshTicks(g2, new AxisState(), new Rectangle2D.Double(50, 10, 500, 300),
                RectangleEdge.LEFT);

        assertThat(ticks).extracting((t) -> ((NumberTick) t).getText())
            .containsExactly("100", "200", "500", "1,000", "2,000", "5,000", "10,000", "20,000");
    }

    @Test
    void givesASeriesTheSameColourAndMarkerInEveryChart() {
        JFreeChart alone = CHARTS.overTime(List.of(point("media", "C1", OCTOBER, 10L, 10L)), List.of(), "Persons");
        JFreeChart together = CHARTS.overTime(List.of(point("intelligence", "C1", OCTOBER, 10L, 10L),
                point("official", "C2", OCTOBER, 10L, 10L), point("media", "C3", OCTOBER, 10L, 10L)), List.of(), "Persons");

        int index = seriesIndex(together.getXYPlot().getDataset(0), "media");

        assertThat(together.getXYPlot().getRenderer(0).getSeriesPaint(index))
            .isEqualTo(alone.getXYPlot().getRenderer(0).getSeriesPaint(0));
        assertThat(together.getXYPlot().getRenderer(0).getSeriesShape(index))
            .isEqualTo(alone.getXYPlot().getRenderer(0).getSeriesShape(0));
        assertThat(STYLE.paint("media")).isNotEqualTo(STYLE.paint("intelligence"));
        assertThat(STYLE.marker("media")).as("shape, for greyscale prints").isNotEqualTo(STYLE.marker("intelligence"));
    }

    @Test
    void labelsEachBarWithItsRef() {
        JFreeChart chart = CHARTS.overTime(List.of(point("media", "C7", OCTOBER, 10L, 20L)), List.of(), "Persons");
        XYPlot plot = chart.getXYPlot();

        assertThat(plot.getRenderer(1).getDefaultItemLabelGenerator().generateLabel(plot.getDataset(1), 0, 0))
            .isEqualTo("C7");
        assertThat(plot.getRenderer(1).getDefaultItemLabelsVisible()).isTrue();
    }

    @Test
    void centresFiguresOfOneDateOnIt() {
        JFreeChart chart = CHARTS.overTime(List.of(point("media", "C1", OCTOBER, 10L, 10L),
                point("media", "C2", OCTOBER, 20L, 20L), point("media", "C3", OCTOBER, 30L, 30L),
                point("media", "C4", OCTOBER.minusYears(2), 40L, 40L)), List.of(), "Persons");
        XYDataset markers = chart.getXYPlot().getDataset(0);
        double day = OCTOBER.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

        assertThat(markers.getXValue(0, 1)).isEqualTo(day);
        assertThat(markers.getXValue(0, 0)).isLessThan(day);
        assertThat(markers.getXValue(0, 2)).isGreaterThan(day);
        assertThat(day - markers.getXValue(0, 0)).isLessThan(16 * 86_400_000.0);
    }

    @Test
    void drawsAConsensusBandBehindTheFigures() {
        Band band = new Band("consensus F1: 10,000–12,000", OCTOBER.withDayOfMonth(1), OCTOBER.withDayOfMonth(31),
                10_000, 11_000L, 12_000);

        JFreeChart overTime = CHARTS.overTime(List.of(point("media", "C1", OCTOBER, 11_000L, 11_000L)), List.of(band),
                "Persons");
        JFreeChart rows = CHARTS.rows(List.of(point("media", "C1", OCTOBER, 11_000L, 11_000L)), List.of(band), "Persons",
                false, NumberFormat.getIntegerInstance(Locale.ENGLISH));

        assertThat(((AbstractXYItemRenderer) overTime.getXYPlot().getRenderer(1)).getAnnotations())
            .hasAtLeastOneElementOfType(XYBoxAnnotation.class);
        assertThat(rows.getXYPlot().getRangeMarkers(1, Layer.BACKGROUND))
            .anySatisfy((m) -> assertThat(m).isInstanceOf(IntervalMarker.class));
    }

    @Test
    void runsAnOpenBoundToTheEdgeOfTheAxis() {
        JFreeChart chart = CHARTS.rows(List.of(point("media", "C1", null, null, 115_000_000L)), List.of(), "USD", false,
                NumberFormat.getIntegerInstance(Locale.ENGLISH));
        org.jfree.data.xy.IntervalXYDataset bars = (org.jfree.data.xy.IntervalXYDataset) chart.getXYPlot().getDataset(1);

        assertThat(bars.getStartYValue(0, 0)).isEqualTo(chart.getXYPlot().getRangeAxis().getLowerBound());
        assertThat(bars.getEndYValue(0, 0)).isEqualTo(115_000_000.0);
    }

    private static ChartPoint point(String series, String ref, LocalDate date, Long low, Long high) {
        return new ChartPoint(series, ref, ref, date, low, (low != null && low.equals(high)) ? low : null, high);
    }

    private static int seriesIndex(XYDataset dataset, String key) {
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            if (dataset.getSeriesKey(i).equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no series " + key);
    }
}
