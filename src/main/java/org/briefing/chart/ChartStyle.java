package org.briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The print style of every chart: the body font of the template (so chart text is the embedded
 * face and stays selectable), white ground, a few thin solid grid lines, and a muted palette whose
 * colours also differ in lightness, with a distinct marker per series so that a greyscale print
 * still tells the series apart. Series get colours by their sorted names, so a kind of source has
 * the same colour and marker in every chart.
 */
public final class ChartStyle {

    /** Dark blue, brown, teal, grey, purple, olive: distinct in colour and in grey. */
    static final Paint[] PALETTE = { new Color(0x1F3A5F), new Color(0xA0522D), new Color(0x2E8B87), new Color(0x6E6E6E),
            new Color(0x6A4C93), new Color(0x8A8A2E) };

    static final Color GRID = new Color(0xDDDDDD);

    static final Color INK = new Color(0x222222);

    /** The consensus band: light enough to sit behind the bars, opaque (no transparency groups in the PDF). */
    static final Color BAND = new Color(0xE4EAF1);

    static final Color BAND_LINE = new Color(0x7D93AD);

    private final Font font;

    private final List<String> series;

    /**
     * @param font the template's body font at any size; sizes are derived from it
     * @param series every series name the charts may use, in a fixed order: a series keeps its colour
     * and marker across charts, whichever others a chart shows
     */
    public ChartStyle(Font font, List<String> series) {
        this.font = font;
        this.series = List.copyOf(series);
    }

    Font font(float size) {
        return this.font.deriveFont(size);
    }

    /** Position of a series in the fixed order; unknown series follow, by name. */
    int index(String name) {
        int known = this.series.indexOf(name);
        return (known >= 0) ? known : this.series.size() + Math.floorMod(name.hashCode(), 7);
    }

    Paint paint(String name) {
        return PALETTE[index(name) % PALETTE.length];
    }

    Shape marker(String name) {
        double s = 6.5;
        return switch ((index(name) / PALETTE.length + index(name)) % 5) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2.4, -s / 2.4, s / 1.2, s / 1.2);
            case 2 -> polygon(0, -s / 2, s / 2, s / 2, -s / 2, s / 2);
            case 3 -> polygon(0, -s / 2, s / 2, 0, 0, s / 2, -s / 2, 0);
            default -> polygon(-s / 2, -s / 2, s / 2, -s / 2, 0, s / 2);
        };
    }

    /** The end of a range bar: a short cap across it. */
    static Shape cap(boolean vertical) {
        return vertical ? new Rectangle2D.Double(-3, -0.4, 6, 0.8) : new Rectangle2D.Double(-0.4, -3, 0.8, 6);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    void axis(Axis axis) {
        axis.setLabelFont(font(8f));
        axis.setTickLabelFont(font(7.5f));
        axis.setLabelPaint(INK);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(GRID.darker());
        axis.setTickMarkPaint(GRID.darker());
    }

    void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(7.5f));
            legend.setItemPaint(INK);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
    }
}
