package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * What reconciliation concludes about one question: its claims on a timeline (oldest first).
 *
 * @param claimIds the claims that answer the question, ordered by the time they speak of
 */
public record Finding(String id, Question question, List<String> claimIds) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        claimIds = List.copyOf(claimIds);
    }
}
