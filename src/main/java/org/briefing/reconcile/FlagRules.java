package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.briefing.domain.Flag;
import org.briefing.domain.Modality;

/**
 * The flags of a question's claims. Superseded: an originator's earlier figure when it later gave
 * another. Outlier: a figure an order of magnitude from the median of the other sources' figures
 * for the question, or the only figure of its period from state media, an unknown source or an
 * unverified report. Contradiction: two independent credible estimates of one period whose ranges,
 * widened for rounding, do not meet. Flagged claims stay visible; superseded and outlying ones are
 * kept out of the consensus.
 */
final class FlagRules {

    static final double ORDER_OF_MAGNITUDE = 10;

    private FlagRules() {
    }

    /** Earlier figures of an originator that later gave another, with the claim that superseded each. */
    static Map<String, Flag> superseded(List<Estimate> question) {
        Map<String, List<Estimate>> byOriginator = new LinkedHashMap<>();
        question.forEach((e) -> byOriginator.computeIfAbsent(e.originator(), (k) -> new ArrayList<>()).add(e));
        Map<String, Flag> flags = new LinkedHashMap<>();
        for (List<Estimate> own : byOriginator.values()) {
            List<Estimate> dated = own.stream().filter((e) -> e.claim().asOf() != null).toList();
            Estimate latest = dated.stream()
                .max(Comparator.comparing((Estimate e) -> e.claim().asOf()))
                .orElse(null);
            for (Estimate estimate : dated) {
                boolean earlier = latest != null && estimate.claim().asOf().compareTo(latest.claim().asOf()) < 0;
                if (earlier && !estimate.claim().quantity().sameFigure(latest.claim().quantity())) {
                    flags.put(estimate.claim().id(), new Flag("superseded", List.of(estimate.claim().id(), latest.claim().id()),
                            estimate.originator() + " gave " + Texts.figure(estimate) + " (" + estimate.claim().asOf()
                                    + ") and later " + Texts.figure(latest) + " (" + latest.claim().asOf() + ")"));
                }
            }
        }
        return flags;
    }

    /**
     * @param question every estimate of the question, all periods
     * @param periodOf the period of each claim
     */
    static Map<String, Flag> outliers(List<Estimate> question, Map<String, String> periodOf) {
        Map<String, Flag> flags = new LinkedHashMap<>();
        for (Estimate estimate : question) {
            String period = periodOf.get(estimate.claim().id());
            List<Double> samePeriod = magnitudes(question, estimate, (o) -> period.equals(periodOf.get(o.claim().id())));
            if (!samePeriod.isEmpty()) {
                double median = ConsensusRule.median(samePeriod);
                double ratio = Math.max(estimate.magnitude() / median, median / estimate.magnitude());
                if (ratio >= ORDER_OF_MAGNITUDE) {
                    flags.put(estimate.claim().id(), new Flag("outlier", List.of(estimate.claim().id()),
                            Texts.figure(estimate) + " is " + Texts.ratio(ratio) + " the other sources' figures for the"
                                    + " same question and period (median " + Texts.number(median) + ")" + weakness(estimate)));
                    continue;
                }
            }
            if (samePeriod.isEmpty() && !weakness(estimate).isEmpty()) {
                flags.put(estimate.claim().id(), new Flag("outlier", List.of(estimate.claim().id()),
                        "the only figure of its period" + weakness(estimate) + elsewhere(question, estimate)));
            }
        }
        return flags;
    }

    private static List<Double> magnitudes(List<Estimate> question, Estimate estimate,
            java.util.function.Predicate<Estimate> where) {
        return question.stream()
            .filter((o) -> !o.originator().equals(estimate.originator()) && where.test(o))
            .map(Estimate::magnitude)
            .toList();
    }

    /** How the figure compares with the same question's figures of other periods, when far apart. */
    private static String elsewhere(List<Estimate> question, Estimate estimate) {
        List<Double> others = magnitudes(question, estimate, (o) -> true);
        if (others.isEmpty()) {
            return "";
        }
        double median = ConsensusRule.median(others);
        double ratio = Math.max(estimate.magnitude() / median, median / estimate.magnitude());
        return (ratio >= ORDER_OF_MAGNITUDE) ? "; it is " + Texts.ratio(ratio) + " the median of the question's figures"
                + " in other periods (" + Texts.number(median) + ")" : "";
    }

    /** Why a lone figure is not trusted: state media, an unknown source, an unverified report. */
    private static String weakness(Estimate estimate) {
        List<String> reasons = new ArrayList<>();
        if (estimate.claim().modality() == Modality.UNVERIFIED_CLAIM) {
            reasons.add("put about without confirmation");
        }
        if (estimate.source().kind().equals("state-media")) {
            reasons.add("from state media");
        }
        if (estimate.source().kind().equals("unknown")) {
            reasons.add("from a source the registry does not know");
        }
        return reasons.isEmpty() ? "" : ", " + String.join(", ", reasons) + ", by " + estimate.source().name();
    }

    /** Pairs of independent estimates of one period that cannot both be right. */
    static List<Flag> contradictions(List<Estimate> credible) {
        List<Estimate> latest = ConsensusRule.perOriginator(credible);
        latest.removeIf(Estimate::isVague);
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            for (int j = i + 1; j < latest.size(); j++) {
                Estimate a = latest.get(i);
                Estimate b = latest.get(j);
                if (!a.overlaps(b)) {
                    flags.add(new Flag("contradiction", List.of(a.claim().id(), b.claim().id()),
                            Texts.figure(a) + " (" + a.source().name() + ") and " + Texts.figure(b) + " ("
                                    + b.source().name() + ") do not overlap, even allowing for rounding"));
                }
            }
        }
        return flags;
    }

    static boolean excludedModality(Modality modality) {
        return Set.of(Modality.UNVERIFIED_CLAIM, Modality.DENIAL).contains(modality);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
