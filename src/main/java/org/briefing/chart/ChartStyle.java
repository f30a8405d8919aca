package org.briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The print style of every chart: the body font of the template, white ground, light grid, a
 * muted palette whose colours differ in lightness too, and a distinct marker per series.
 */
public final class ChartStyle {

    /** Dark blue, brown, teal, grey, purple, olive: distinct in colour and in grey. */
    static final Paint[] PALETTE = { new Color(0x1F3A5F), new Color(0xA0522D), new Color(0x2E8B87), new Color(0x6E6E6E),
            new Color(0x6A4C93), new Color(0x8A8A2E) };

    static final Color GRID = new Color(0xD9D9D9);

    static final Color INK = new Color(0x222222);

    private final Font font;

    /** @param font the template's body font at any size; sizes are derived from it */
    public ChartStyle(Font font) {
        this.font = font;
    }

    Font font(float size) {
        return this.font.deriveFont(size);
    }

    Font bold(float size) {
        return this.font.deriveFont(Font.BOLD, size);
    }

    static Shape marker(int series) {
        double s = 6;
        return switch (series % 4) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> triangle(s);
            default -> diamond(s);
        };
    }

    private static Shape triangle(double s) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -s / 2);
        path.lineTo(s / 2, s / 2);
        path.lineTo(-s / 2, s / 2);
        path.closePath();
        return path;
    }

    private static Shape diamond(double s) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -s / 2);
        path.lineTo(s / 2, 0);
        path.lineTo(0, s / 2);
        path.lineTo(-s / 2, 0);
        path.closePath();
        return path;
    }

    static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    void apply(JFreeChart chart, String title) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        if (title != null) {
            TextTitle text = new TextTitle(title, bold(10f));
            text.setPaint(INK);
            chart.setTitle(text);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(8f));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
    }
}
