package org.briefing.score;

import java.util.List;
import java.util.Locale;

/**
 * The result of scoring: counts, the derived measures, and every disagreement, so that a reader can
 * see what went wrong, not only how much.
 */
public record Score(int predicted, int gold, int matched, int attributionCorrect, List<String> misses,
        List<String> extras, List<String> attributionErrors, List<String> nonClaimsReported) {

    public Score {
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        attributionErrors = List.copyOf(attributionErrors);
        nonClaimsReported = List.copyOf(nonClaimsReported);
    }

    /** Matched predictions over predictions. */
    public double precision() {
        return (this.predicted == 0) ? 1 : (double) this.matched / this.predicted;
    }

    /** Matched gold claims over gold claims. */
    public double recall() {
        return (this.gold == 0) ? 1 : (double) this.matched / this.gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return (p + r == 0) ? 0 : 2 * p * r / (p + r);
    }

    /** Matched claims whose source and relay chain are right, over matched claims. */
    public double attributionAccuracy() {
        return (this.matched == 0) ? 1 : (double) this.attributionCorrect / this.matched;
    }

    public String report() {
        StringBuilder text = new StringBuilder();
        section(text, "Missed (in the gold, not found)", this.misses);
        section(text, "Extra (found, not in the gold)", this.extras);
        section(text, "Attribution errors (matched claims)", this.attributionErrors);
        section(text, "Non-claims reported as claims", this.nonClaimsReported);
        text.append(String.format(Locale.ROOT,
                "predicted %d, gold %d, matched %d%nprecision %.3f  recall %.3f  F1 %.3f  attribution %.3f (%d/%d)  non-claims reported %d%n",
                this.predicted, this.gold, this.matched, precision(), recall(), f1(), attributionAccuracy(),
                this.attributionCorrect, this.matched, this.nonClaimsReported.size()));
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        text.append(title).append(": ").append(lines.size()).append('\n');
        for (String line : lines) {
            text.append("  - ").append(line).append('\n');
        }
    }
}
