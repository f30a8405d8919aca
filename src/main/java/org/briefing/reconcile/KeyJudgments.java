package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.briefing.domain.Claim;
import org.briefing.domain.DerivedFigure;
import org.briefing.domain.Finding;
import org.briefing.domain.Flag;
import org.briefing.domain.Judgment;
import org.briefing.domain.Quantity;

/**
 * Three to six key judgments, written from the findings, each citing the claims it rests on. In
 * order: the best-supported estimate of people (with a likelihood term, and a separate sentence of
 * confidence, as ICD 203 asks); other estimates of the same metric that sources disagree on; the
 * outliers; the derived figures; the contradictions; the denials.
 */
final class KeyJudgments {

    static final int MAX = 6;

    private final String subject;

    private final List<String> headlineMetrics;

    private final Map<String, Claim> claims;

    KeyJudgments(String subject, List<String> headlineMetrics, Map<String, Claim> claims) {
        this.subject = subject;
        this.headlineMetrics = headlineMetrics;
        this.claims = claims;
    }

    List<Judgment> judgments(List<Finding> findings, List<DerivedFigure> derived, List<Flag> conflicts) {
        List<Judgment> judgments = new ArrayList<>();
        Finding main = main(findings);
        if (main != null) {
            judgments.add(estimate(main));
        }
        findings.stream()
            .filter((f) -> f != main && this.headlineMetrics.contains(f.question().metric()))
            .filter((f) -> f.flags().stream().anyMatch((flag) -> flag.type().equals("contradiction")))
            .findFirst()
            .ifPresent((f) -> judgments.add(disagreement(f)));
        findings.stream()
            .flatMap((f) -> f.flags().stream().filter((flag) -> flag.type().equals("outlier")).map((flag) -> new Object[] { f, flag }))
            .limit(1)
            .forEach((pair) -> judgments.add(outlier((Finding) pair[0], (Flag) pair[1])));
        derived.stream().limit(1).forEach((d) -> judgments.add(derived(d)));
        conflicts.stream().filter((flag) -> flag.type().equals("contradiction") && flag.claimIds().get(0).contains("-s"))
            .limit(1)
            .forEach((flag) -> judgments.add(new Judgment("Sources disagree: " + flag.reason() + ".", flag.claimIds(), List.of())));
        conflicts.stream().filter((flag) -> flag.type().equals("denial"))
            .limit(1)
            .forEach((flag) -> judgments.add(new Judgment(capitalised(flag.reason()) + "; the briefing sets the denial beside"
                    + " the claims it bears on.", flag.claimIds(), List.of())));
        return judgments.size() > MAX ? judgments.subList(0, MAX) : judgments;
    }

    /** The finding of a headline metric with the most independent sources, the latest on a tie. */
    private Finding main(List<Finding> findings) {
        return findings.stream()
            .filter((f) -> this.headlineMetrics.contains(f.question().metric()) && f.consensus() != null
                    && f.consensus().best() != null)
            .max(Comparator.comparingInt((Finding f) -> f.consensus().sources())
                .thenComparing((Finding f) -> f.question().period()))
            .orElse(null);
    }

    private Judgment estimate(Finding finding) {
        var c = finding.consensus();
        String likelihood = (c.sources() >= 3) ? "very likely" : (c.sources() == 2) ? "likely" : "possibly";
        String range = (c.low() != null && c.high() != null && c.low().compareTo(c.high()) != 0)
                ? ", within a range of " + Quantity.grouped(c.low()) + " to " + Quantity.grouped(c.high()) : "";
        String text = "We assess that " + this.subject + " " + likelihood + " had about " + Quantity.grouped(c.best()) + " "
                + what(finding) + " in " + Texts.period(finding.question().period()) + range + ", according to "
                + c.sources() + " independent source" + ((c.sources() == 1) ? "" : "s") + ".";
        if (finding.confidence() != null) {
            text += " We have " + finding.confidence().level() + " confidence in this judgment (" + finding.confidence().grade()
                    + "): " + finding.confidence().basis() + ".";
        }
        return new Judgment(text, counted(finding), List.of(finding.id()));
    }

    private Judgment disagreement(Finding finding) {
        List<Claim> members = members(finding);
        Claim low = members.stream().min(Comparator.comparingDouble(KeyJudgments::magnitude)).orElseThrow();
        Claim high = members.stream().max(Comparator.comparingDouble(KeyJudgments::magnitude)).orElseThrow();
        String text = "Figures for " + what(finding) + " in " + Texts.period(finding.question().period()) + " range from "
                + Texts.figure(low.quantity()) + " (" + name(low) + ") to " + Texts.figure(high.quantity()) + " (" + name(high)
                + "), and the sources disagree.";
        return new Judgment(text, finding.claimIds(), List.of(finding.id()));
    }

    private Judgment outlier(Finding finding, Flag flag) {
        Claim claim = this.claims.get(flag.claimIds().get(0));
        String text = "The figure of " + Texts.figure(claim.quantity()) + " for " + what(finding) + " in "
                + Texts.period(finding.question().period()) + ", from " + name(claim) + ", is an outlier, not an estimate: "
                + flag.reason() + ".";
        return new Judgment(text, flag.claimIds(), List.of(finding.id()));
    }

    private Judgment derived(DerivedFigure figure) {
        Claim payment = this.claims.get(figure.claimIds().get(0));
        String text = capitalised(name(payment)) + " gave " + Texts.figure(payment.quantity()) + ((payment.asOf() == null) ? ""
                : " (" + Texts.period(payment.asOf().toMonth().toString()) + ")") + "; that is about " + figure.unit() + " " + Texts.money(figure.low())
                + ((Objects.equals(figure.low(), figure.high())) ? "" : " to " + Texts.money(figure.high())) + " per "
                + figure.per().replace('-', ' ') + ", a figure derived here, not reported.";
        return new Judgment(text, figure.claimIds(), List.of());
    }

    /** "personnel (planned, training)": the question's label without its period. */
    private static String what(Finding finding) {
        String label = finding.question().label();
        int period = label.lastIndexOf(", ");
        String what = (period > 0) ? label.substring(0, period) : label;
        return what.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + what.substring(1);
    }

    private List<String> counted(Finding finding) {
        return finding.claimIds().stream()
            .filter((id) -> finding.flags().stream().noneMatch((f) -> !f.type().equals("contradiction") && f.claimIds().get(0).equals(id)))
            .toList();
    }

    private List<Claim> members(Finding finding) {
        return finding.claimIds().stream().map(this.claims::get).filter(Objects::nonNull).toList();
    }

    private static double magnitude(Claim claim) {
        return claim.quantity().midpoint();
    }

    private static String name(Claim claim) {
        if (claim.source() != null) {
            return claim.source();
        }
        return (claim.outlet() == null) ? "the publishing outlet" : claim.outlet();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
