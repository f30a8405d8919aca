package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.briefing.domain.Claim;
import org.briefing.domain.Flag;
import org.briefing.domain.Statement;

/**
 * Sets denials and "no evidence" against what other sources affirm about the same thing in the
 * same period: a statement that soldiers are not fighting against casualties reported, one that no
 * arms are supplied against munitions counted. Where something contradicts a denial, the pair is a
 * contradiction; where nothing does, the denial is still flagged, beside the claims it bears on.
 */
final class QualitativeRule {

    /** Which metrics bear on what a statement is about. */
    private static final Map<String, Set<String>> METRICS = Map.of("combat", Set.of("casualties"), "presence",
            Set.of("personnel", "units"), "supply", Set.of("munitions"));

    private final Sources sources;

    QualitativeRule(Sources sources, String subject) {
        this.sources = sources;
        this.topics = Map.of("combat", subject + "'s forces in combat", "supply", "arms supplies from " + subject,
                "presence", subject + "'s personnel on the ground");
    }

    /**
     * @param periodOf the period of each claim and statement
     */
    List<Flag> flags(List<Statement> statements, List<Claim> claims, Map<String, String> periodOf) {
        List<Flag> flags = new ArrayList<>();
        for (Statement denial : statements) {
            if (!denial.polarity().equals("denies")) {
                continue;
            }
            String period = periodOf.get(denial.id());
            String denier = this.sources.originator(denial.source());
            List<String> against = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Statement other : statements) {
                if (other.polarity().equals("affirms") && other.about().equals(denial.about())
                        && Objects.equals(periodOf.get(other.id()), period)
                        && !Objects.equals(this.sources.originator(other.source()), denier)) {
                    against.add(other.id());
                    names.add(name(other.source()));
                }
            }
            for (Claim claim : claims) {
                if (METRICS.getOrDefault(denial.about(), Set.of()).contains(claim.metric())
                        && Objects.equals(periodOf.get(claim.id()), period) && !denial.about().equals("presence")) {
                    against.add(claim.id());
                    names.add(name(claim.source()));
                }
            }
            List<String> ids = new ArrayList<>();
            ids.add(denial.id());
            ids.addAll(against);
            String when = period.equals(Periods.UNDATED) ? "" : " in " + Texts.period(period);
            String denies = denies(denial) + " " + this.topics.getOrDefault(denial.about(), denial.about()) + when;
            if (against.isEmpty()) {
                flags.add(new Flag("denial", ids, denies));
            }
            else {
                flags.add(new Flag("contradiction", ids, denies + ", while " + String.join(" and ", names.stream().distinct().toList())
                        + " report" + ((names.stream().distinct().count() == 1) ? "s" : "") + " it"));
            }
        }
        return flags;
    }

    private final Map<String, String> topics;

    private static final java.util.regex.Pattern NO_EVIDENCE = java.util.regex.Pattern.compile(
            "(?i)\\b(no evidence|not (?:yet )?(?:seen|observed|encountered|confirmed)|did not (?:see|confirm))\\b");

    /** "NATO's Mark Rutte sees no evidence of …", "North Korea and Russia deny …". */
    private static String denies(Statement denial) {
        String who = name(denial.source());
        boolean plural = who.contains(" and ");
        if (NO_EVIDENCE.matcher(denial.quote()).find()) {
            return who + (plural ? " see" : " sees") + " no evidence of";
        }
        return who + (plural ? " deny" : " denies");
    }

    private static String name(String source) {
        return (source == null) ? "the publishing outlet" : source;
    }
}
