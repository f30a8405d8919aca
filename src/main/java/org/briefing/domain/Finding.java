package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * What reconciliation concludes about one question: its claims on a timeline, the consensus range
 * from independent sources, the originators behind it, the confidence, and the flags.
 *
 * @param claimIds the claims that answer the question, oldest first
 * @param consensus the consensus range, or {@code null} when no claim counts towards one
 * @param originators the independent originating sources, as registry names
 */
public record Finding(String id, Question question, List<String> claimIds, Consensus consensus,
        List<String> originators, Confidence confidence, List<Flag> flags) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        claimIds = List.copyOf(claimIds);
        originators = (originators == null) ? List.of() : List.copyOf(originators);
        flags = (flags == null) ? List.of() : List.copyOf(flags);
    }

    public Finding(String id, Question question, List<String> claimIds) {
        this(id, question, claimIds, null, List.of(), null, List.of());
    }
}
