package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.briefing.domain.Claim;

/**
 * The month each claim speaks of. An undated claim is placed in the period of the dated claims that
 * answer the same question with the same status, when they agree on one (the most frequent, the
 * latest on a tie): an undated article reporting "several thousand soldiers are training" sits with
 * the training figures of its time. The placement is flagged as inferred.
 */
final class Periods {

    static final String UNDATED = "undated";

    record Placed(String period, boolean inferred, List<String> basis) {
    }

    private Periods() {
    }

    /** Periods in time order, undated last. */
    static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(UNDATED)) {
            return 1;
        }
        return b.equals(UNDATED) ? -1 : a.compareTo(b);
    }

    static String period(Claim claim) {
        return (claim.asOf() == null) ? UNDATED : claim.asOf().toMonth().toString();
    }

    /** @param similar a key shared by claims that answer the same question with the same status */
    static Map<String, Placed> place(List<Claim> claims, Function<Claim, String> similar) {
        Map<String, Map<String, List<String>>> periodsBySimilar = new HashMap<>();
        for (Claim claim : claims) {
            if (claim.asOf() != null) {
                periodsBySimilar.computeIfAbsent(similar.apply(claim), (k) -> new LinkedHashMap<>())
                    .computeIfAbsent(period(claim), (k) -> new ArrayList<>())
                    .add(claim.id());
            }
        }
        Map<String, Placed> placed = new HashMap<>();
        for (Claim claim : claims) {
            if (claim.asOf() != null) {
                placed.put(claim.id(), new Placed(period(claim), false, List.of()));
                continue;
            }
            Map<String, List<String>> periods = periodsBySimilar.getOrDefault(similar.apply(claim), Map.of());
            String best = null;
            for (Map.Entry<String, List<String>> entry : periods.entrySet()) {
                if (best == null || entry.getValue().size() > periods.get(best).size()
                        || entry.getValue().size() == periods.get(best).size() && entry.getKey().compareTo(best) > 0) {
                    best = entry.getKey();
                }
            }
            placed.put(claim.id(), (best == null) ? new Placed(UNDATED, false, List.of())
                    : new Placed(best, true, periods.get(best)));
        }
        return placed;
    }
}
