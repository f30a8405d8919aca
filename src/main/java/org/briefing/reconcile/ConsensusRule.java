package org.briefing.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.domain.Consensus;

/**
 * The consensus of one question and period, in the sense of UCDP GED. Each independent originating
 * source contributes one estimate, its latest; estimates excluded beforehand (outliers, superseded
 * figures, unverified claims and denials, hypotheses, sources graded E or F) do not count, and
 * vague quantities count only when nothing more precise exists. Then: best = the median of the
 * sources' best estimates; low = the lowest low (or best) of the credible estimates; high = the
 * highest high (or best). An upper bound alone widens the high, a lower bound alone the low.
 */
final class ConsensusRule {

    static final String RULE = "best: median of the independent sources' best estimates; low and high: the lowest"
            + " and highest of their ranges; outliers, superseded, unverified and hypothetical figures excluded";

    /** One estimate per originator: the latest. */
    static List<Estimate> perOriginator(List<Estimate> estimates) {
        Map<String, Estimate> latest = new LinkedHashMap<>();
        for (Estimate estimate : estimates) {
            Estimate current = latest.get(estimate.originator());
            if (current == null || later(estimate, current)) {
                latest.put(estimate.originator(), estimate);
            }
        }
        return new ArrayList<>(latest.values());
    }

    private static boolean later(Estimate a, Estimate b) {
        if (a.claim().asOf() == null || b.claim().asOf() == null) {
            return a.claim().asOf() != null || (b.claim().asOf() == null && a.isVague() == false && b.isVague());
        }
        int byDate = a.claim().asOf().compareTo(b.claim().asOf());
        if (byDate != 0) {
            return byDate > 0;
        }
        return !a.isVague() && b.isVague(); // a precise figure says more than a vague one of the same day
    }

    static Consensus consensus(List<Estimate> credible) {
        List<Estimate> estimates = perOriginator(credible);
        if (estimates.stream().anyMatch((e) -> !e.isVague())) {
            estimates.removeIf(Estimate::isVague);
        }
        if (estimates.isEmpty()) {
            return null;
        }
        BigDecimal low = null;
        BigDecimal high = null;
        List<Double> bests = new ArrayList<>();
        int decimals = 0;
        for (Estimate estimate : estimates) {
            if (estimate.low() != null && (low == null || estimate.low().compareTo(low) < 0)) {
                low = estimate.low();
            }
            if (estimate.high() != null && (high == null || estimate.high().compareTo(high) > 0)) {
                high = estimate.high();
            }
            if (estimate.best() != null) {
                bests.add(estimate.best());
            }
            for (BigDecimal bound : Arrays.asList(estimate.low(), estimate.high())) {
                decimals = (bound == null) ? decimals : Math.max(decimals, bound.scale());
            }
        }
        // the median to as many decimals as the figures it comes from: 21.7 and 22.8 tonnes give 22.3
        BigDecimal best = bests.isEmpty() ? null : BigDecimal.valueOf(median(bests)).setScale(decimals, RoundingMode.HALF_UP);
        return new Consensus(low, best, high, estimates.size(), RULE);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
