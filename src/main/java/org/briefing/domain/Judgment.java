package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/** A key judgment: one sentence generated from the findings, citing the claims it rests on. */
public record Judgment(String text, List<String> claimIds, List<String> findingIds) {

    public Judgment {
        Objects.requireNonNull(text, "text");
        claimIds = List.copyOf(claimIds);
        findingIds = List.copyOf(findingIds);
    }
}
