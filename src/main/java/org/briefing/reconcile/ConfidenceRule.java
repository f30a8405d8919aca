package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.domain.Confidence;
import org.briefing.domain.Source;

/**
 * Confidence in a finding, in ICD 203 terms (low, moderate, high), with its Admiralty rating: the
 * best reliability among the independent sources (A–F, from the registry) and the credibility of
 * the information from corroboration (1 confirmed by three or more independent sources, 2 probably
 * true with two, 3 possibly true with one, 4 doubtful when contradicted, 6 when it cannot be
 * judged). Sources of one government are noted as possibly sharing one origin.
 */
final class ConfidenceRule {

    private ConfidenceRule() {
    }

    static Confidence confidence(List<Estimate> counted, boolean contradicted) {
        List<Estimate> sources = ConsensusRule.perOriginator(counted);
        if (sources.isEmpty()) {
            return new Confidence("low", "F6", "no credible estimate to judge");
        }
        int n = sources.size();
        String reliability = sources.stream()
            .map((e) -> e.source().reliability())
            .min(Comparator.naturalOrder())
            .orElse("F");
        int credibility = contradicted ? 4 : (n >= 3) ? 1 : (n == 2) ? 2 : 3;
        boolean reliable = reliability.compareTo("B") <= 0;
        String level = (!contradicted && n >= 3 && reliable) ? "high"
                : (!contradicted && (n >= 2 || reliable)) ? "moderate" : "low";
        List<String> basis = new ArrayList<>();
        basis.add(n + " independent source" + ((n == 1) ? "" : "s") + " ("
                + String.join("; ", sources.stream().map((e) -> e.source().name()).toList()) + ")");
        basis.add("best source reliability " + reliability);
        basis.add(contradicted ? "their figures contradict each other" : (n > 1) ? "their figures agree" : "uncorroborated");
        String shared = sharedOrigin(sources);
        if (shared != null) {
            basis.add(shared);
        }
        return new Confidence(level, reliability + credibility, String.join("; ", basis));
    }

    /** "2 of them are Ukrainian government sources and may share one origin". */
    private static String sharedOrigin(List<Estimate> sources) {
        Map<String, List<Source>> byCountry = new LinkedHashMap<>();
        for (Estimate estimate : sources) {
            Source source = estimate.source();
            boolean official = List.of("intelligence", "government", "military", "official", "person").contains(source.kind());
            if (official && !source.country().isEmpty()) {
                byCountry.computeIfAbsent(source.country(), (c) -> new ArrayList<>()).add(source);
            }
        }
        for (Map.Entry<String, List<Source>> entry : byCountry.entrySet()) {
            if (entry.getValue().size() > 1) {
                return entry.getValue().size() + " of them (" + String.join(", ", entry.getValue().stream().map(Source::name).toList())
                        + ") speak for one government (" + entry.getKey() + ") and may rest on one intelligence origin";
            }
        }
        return null;
    }
}
