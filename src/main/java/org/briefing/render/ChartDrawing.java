package org.briefing.render;

import java.awt.geom.Rectangle2D;
import java.util.Map;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;

/**
 * Paints the briefing's charts where the template has {@code <object
 * type="application/x-briefing-chart" data-chart="ID">}, as vector graphics through PDFBox: no
 * bitmap, text kept as text.
 */
final class ChartDrawing implements FSObjectDrawerFactory {

    static final String TYPE = "application/x-briefing-chart";

    private final Map<String, JFreeChart> charts;

    ChartDrawing(Map<String, JFreeChart> charts) {
        this.charts = Map.copyOf(charts);
    }

    @Override
    public boolean isReplacedObject(Element element) {
        return element.getTagName().equals("object") && TYPE.equals(element.getAttribute("type"));
    }

    @Override
    public FSObjectDrawer createDrawer(Element element) {
        if (!isReplacedObject(element)) {
            return null;
        }
        return (e, x, y, width, height, output, context, dotsPerPixel) -> {
            JFreeChart chart = this.charts.get(e.getAttribute("data-chart"));
            if (chart != null) {
                float w = (float) (width / dotsPerPixel);
                float h = (float) (height / dotsPerPixel);
                output.drawWithGraphics((float) x, (float) y, w, h,
                        (graphics) -> chart.draw(graphics, new Rectangle2D.Float(0, 0, w, h)));
            }
            return null;
        };
    }
}
