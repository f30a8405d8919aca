package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * A statement about the subject without a figure that a briefing should still surface: a denial
 * or "no evidence", casualties without a number, a readiness date.
 *
 * @param kind {@code denial}, {@code casualties}, {@code readiness}, {@code presence}
 * @param about the metric it bears on (personnel, casualties…), so that it can be set against
 * claims
 * @param polarity {@code affirms} or {@code denies}
 * @param outlet the outlet that published the article, or {@code null}; as for a claim, a
 * statement with no {@code source} is the outlet's own and its {@code via} is empty
 */
public record Statement(String id, String articleId, String document, String kind, String about, String polarity,
        String source, List<String> via, String outlet, PartialDate asOf, String quote, int start, int end, String rule) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
        via = List.copyOf(via);
    }
}
