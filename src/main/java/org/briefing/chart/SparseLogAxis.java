package org.briefing.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A logarithmic axis with ticks and grid lines at 1, 2 and 5 of each power of ten only, each
 * labelled. JFreeChart's {@link LogarithmicAxis} puts a grid line at every integer multiple, which
 * prints as a grey blur. It stays a {@code LogarithmicAxis} because its labels are drawn as plain
 * strings, which keeps them text in the PDF ({@code LogAxis} labels become outlines).
 */
final class SparseLogAxis extends LogarithmicAxis {

    private static final long serialVersionUID = 1L;

    private final NumberFormat format;

    SparseLogAxis(String label, NumberFormat format) {
        super(label);
        this.format = format;
        setStrictValuesFlag(false);
        setAllowNegativesFlag(false);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<Tick> kept = new ArrayList<>();
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
            NumberTick number = (NumberTick) tick;
            double value = number.getValue();
            if (keeps(value) && seen.add(value)) { // the parent repeats each power of ten
                kept.add(new NumberTick(number.getTickType(), value, this.format.format(value), number.getTextAnchor(),
                        number.getRotationAnchor(), number.getAngle()));
            }
        }
        return kept;
    }

    /** Whether a tick value is 1, 2 or 5 times a power of ten. */
    static boolean keeps(double value) {
        if (value <= 0) {
            return false;
        }
        double mantissa = value / Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
        return near(mantissa, 1) || near(mantissa, 2) || near(mantissa, 5);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-6;
    }
}
