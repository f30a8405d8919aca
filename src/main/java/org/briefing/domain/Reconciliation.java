package org.briefing.domain;

import java.util.List;

/**
 * Everything reconciliation concludes for one run.
 *
 * @param findings one per question, in the template's metric order
 * @param contradictions contradictions across claims and statements (qualitative ones included)
 * @param derived figures computed from claims, labelled as derived
 * @param judgments the key judgments, three to six sentences
 * @param changes what changed since the previous briefing, empty for the first
 */
public record Reconciliation(List<Finding> findings, List<Flag> contradictions, List<DerivedFigure> derived,
        List<Judgment> judgments, List<Change> changes) {

    public Reconciliation {
        findings = List.copyOf(findings);
        contradictions = List.copyOf(contradictions);
        derived = List.copyOf(derived);
        judgments = List.copyOf(judgments);
        changes = List.copyOf(changes);
    }

    public static Reconciliation of(List<Finding> findings) {
        return new Reconciliation(findings, List.of(), List.of(), List.of(), List.of());
    }
}
