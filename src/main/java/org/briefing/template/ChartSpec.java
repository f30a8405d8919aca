package org.briefing.template;

import java.util.List;

/**
 * Chart choices.
 *
 * @param personnelMetrics metrics drawn on the estimates-over-time chart
 * @param moneyMetric the metric drawn on the payments chart
 */
public record ChartSpec(List<String> personnelMetrics, String moneyMetric) {

    static final ChartSpec DEFAULT = new ChartSpec(List.of("personnel"), "payment");

    public ChartSpec {
        personnelMetrics = (personnelMetrics == null) ? List.of("personnel") : List.copyOf(personnelMetrics);
        moneyMetric = (moneyMetric == null) ? "payment" : moneyMetric;
    }
}
