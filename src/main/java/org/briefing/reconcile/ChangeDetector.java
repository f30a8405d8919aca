package org.briefing.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.briefing.domain.Change;
import org.briefing.domain.Claim;
import org.briefing.domain.Finding;
import org.briefing.domain.Flag;
import org.briefing.domain.Quantity;

/**
 * What changed since the previous briefing in the output folder: claims it did not have, questions
 * that gained a consensus or whose consensus moved, contradictions it did not show.
 */
final class ChangeDetector {

    private ChangeDetector() {
    }

    static List<Change> changes(PreviousBriefing previous, List<Claim> claims, List<Finding> findings, List<Flag> conflicts) {
        if (previous.runId() == null) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        List<String> added = claims.stream().map(Claim::id).filter((id) -> !previous.claimIds().contains(id)).toList();
        if (!added.isEmpty()) {
            changes.add(new Change("new-claim", added.size() + " claim" + ((added.size() == 1) ? "" : "s")
                    + " not in the previous briefing (" + previous.runId() + ")", added));
        }
        for (Finding finding : findings) {
            if (finding.consensus() == null) {
                continue;
            }
            List<BigDecimal> now = List.of(value(finding.consensus().low()), value(finding.consensus().best()),
                    value(finding.consensus().high()));
            List<BigDecimal> before = previous.consensus().get(finding.question().id());
            if (before == null) {
                changes.add(new Change("new-consensus", "a consensus for " + finding.question().label(), List.of(finding.id())));
            }
            else if (!Objects.equals(before, now)) {
                changes.add(new Change("revised-consensus", finding.question().label() + ": the consensus moved from "
                        + describe(before) + " to " + describe(now), List.of(finding.id())));
            }
        }
        for (Flag flag : conflicts) {
            if (flag.type().equals("contradiction") && !previous.contradictions().contains(PreviousBriefing.key(flag.claimIds()))) {
                changes.add(new Change("new-contradiction", flag.reason(), flag.claimIds()));
            }
        }
        return changes;
    }

    private static BigDecimal value(BigDecimal value) {
        return (value == null) ? BigDecimal.valueOf(-1) : Quantity.shortest(value);
    }

    private static String describe(List<BigDecimal> values) {
        return values.stream().map((v) -> (v.signum() < 0) ? "?" : Quantity.grouped(v)).toList().toString();
    }
}
